// Amparo's own pages of the exhibit packet, as documents of the model (so they share the fonts
// and layout of every other amparo document): the cover and index, the tab pages, the
// translators' certificates and the certificate of service.
#pragma once

#include <vector>

#include "casefile/case_loader.hpp"
#include "document/model.hpp"
#include "packet/page_map.hpp"

namespace amparo::pipeline {

// The cover and the index of exhibits, with the ranges of `map` (and the certificate of
// service's page when the map has closing pages).
document::Document packet_front_matter(const LoadedCase& loaded, const packet::PageMap& map);

// One page per exhibit: its letter and title, for the reader leafing through the packet.
document::Document packet_tab_pages(const packet::PageMap& map);

// One page per exhibit of `map` with translation pages: the translator's certificate of
// competence and accuracy (8 C.F.R. § 1003.33), naming the document and giving the
// translator's address and telephone (ICPM 3.3(a)), to be signed. What the case file lacks is a
// placeholder, and a warning in `problems`.
document::Document translator_certificates(const LoadedCase& loaded, const packet::PageMap& map,
                                           Diagnostics& problems);

// True when the filing is served on DHS (every posture but the affirmative application, as the
// brief's own certificate of service).
bool packet_served_on_dhs(const LoadedCase& loaded);

// The certificate of service on DHS for the packet (ICPM ch. 3.2), to be dated and signed.
document::Document packet_certificate_of_service(const LoadedCase& loaded);

}  // namespace amparo::pipeline
