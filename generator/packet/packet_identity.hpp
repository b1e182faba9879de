// The packet's file identifier (/ID), from its inputs rather than its bytes: hashing every byte
// of a large packet costs as much as writing it (measured: a fifth of the assembly time of a
// 100 MB packet), while the inputs can be fingerprinted by reading a little of each file.
#pragma once

#include <string>

#include "packet/assemble_packet.hpp"

namespace amparo::packet {

// A digest of amparo's own pages, the page map, the stamp options and, for every exhibit and
// translation file, its size and its first and last 16 KiB. Equal inputs give equal identities;
// files differing only in the middle at equal size would share one, which the /ID tolerates
// (PDF 32000 14.4 asks only that it be very likely unique). 16 raw bytes.
std::string packet_identity(const PacketInputs& inputs);

}  // namespace amparo::packet
