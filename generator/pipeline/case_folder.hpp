// A case's output folder OUT/<case-id>/ replaced as a whole: the documents are written into a
// hidden staging folder beside it, which takes the folder's place only once every file is there.
// After any build, finished, failed, interrupted or killed, OUT/<case-id>/ holds exactly the
// outputs of one complete build (or does not exist).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/output_permissions.hpp"

namespace amparo::pipeline {

class CaseFolder {
  public:
    // Prepares OUT/<case_id>/: creates OUT (owner-only) if needed, refuses a case folder that is
    // a symbolic link or not a folder, removes what killed builds of this case left behind, and
    // makes the staging folder. On failure returns nullopt with `error` set.
    static std::optional<CaseFolder> open(const std::filesystem::path& out_dir,
                                          const std::string& case_id,
                                          const OutputPermissions& permissions, std::string& error);

    // Writes one file into the staging folder. Returns an error message on failure.
    std::optional<std::string> write(const std::string& file_name, std::string_view bytes);

    // Flushes to disk everything written on the staging folder's file system (syncfs): this
    // folder's files, and those of every other case staged there meanwhile. Returns an error
    // message on failure.
    std::optional<std::string> flush_file_system();

    // Puts the flushed staging folder in the case folder's place; the previous build's folder is
    // then removed. Returns an error message on failure (the previous build then stays as it
    // was).
    std::optional<std::string> put_in_place();

    // Makes the renames in the output folder durable: after put_in_place, once for a group.
    void flush_output_folder();

    // The folder the case's files end up in.
    const std::filesystem::path& final_path() const { return final_; }

    // Removes the staging folder unless it was committed.
    ~CaseFolder();
    CaseFolder(CaseFolder&& other) noexcept;
    CaseFolder& operator=(CaseFolder&&) = delete;
    CaseFolder(const CaseFolder&) = delete;
    CaseFolder& operator=(const CaseFolder&) = delete;

  private:
    CaseFolder(std::filesystem::path staging, std::filesystem::path final_path,
               OutputPermissions permissions);
    std::filesystem::path staging_;  // empty once committed or moved from
    std::filesystem::path final_;
    OutputPermissions permissions_;
};

// Removes the hidden folders that builds killed on this machine (SIGKILL, a crash, a power cut)
// left in `out_dir`: those whose owning process no longer runs. Folders of builds still running,
// or of other machines sharing the folder, are left alone. Called once before a batch.
void remove_abandoned_staging(const std::filesystem::path& out_dir);

}  // namespace amparo::pipeline
