// Finding and reading annotated fixtures on disk (the I/O side of
// tooling/fixture_spec.h and tooling/fixture_check.h).
//
//   std::vector<std::string> sidecars;
//   Status st = FindSidecars("fixtures/", &sidecars);  // every *.test.yaml, sorted
//   Result<std::vector<Article>> articles =
//       ReadFixtureArticles("fixtures/ukraine-2022", &warnings);
//
// A sidecar `X.test.yaml` annotates X: a folder (every article in it, as
// `factlint check X` reads them) or a file; when no X exists, the one file
// named X plus a readable extension (X.txt, X.md, X.jsonl).
#ifndef FACTLINT_TOOLING_FIXTURE_FILES_H_
#define FACTLINT_TOOLING_FIXTURE_FILES_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "text/article.h"

namespace factlint {

// `path` is a sidecar, or a folder searched recursively for *.test.yaml.
// Appends the sidecars found (sorted) to `out`; an error when `path` does not
// exist or is a file that is not a sidecar.
Status FindSidecars(const std::string& path, std::vector<std::string>* out);

// The articles `target` names (see above), in `factlint check` order. Files a
// folder holds that are not articles are reported in `warnings`, except YAML
// files: beside articles, those are annotations.
Result<std::vector<Article>> ReadFixtureArticles(const std::string& target, Diagnostics* warnings);

// The text of a file, or an IoError naming it.
Result<std::string> ReadTextFile(const std::string& path);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_FIXTURE_FILES_H_
