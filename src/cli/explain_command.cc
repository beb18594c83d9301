// `factlint explain`: how a rule (or every rule) reads a sentence or a line of an article.
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/sanitized_stream.h"
#include "input/article_reader.h"
#include "text/language.h"
#include "tooling/article_lines.h"
#include "tooling/rule_explain.h"

namespace factlint {
namespace {

Result<Article> SentenceArticle(const Config& config, const CompiledRule* rule) {
  Result<TextMap> map = TextMap::Build(config.sentence, "<sentence>");
  if (!map.ok()) return map.status();
  Article article;
  article.meta.id = "sentence";
  article.meta.path = "<sentence>";
  article.meta.source = "sentence";
  article.meta.story = "sentence";
  article.meta.lang = config.lang;
  if (article.meta.lang == Lang::kUnknown && rule != nullptr) {
    article.meta.lang = rule->rule.languages.front();
  }
  if (article.meta.lang == Lang::kUnknown) article.meta.lang = DetectLanguage(config.sentence);
  article.text = std::move(map).value();
  return article;
}

Result<Article> FileArticle(const Config& config, const CompiledRule* rule) {
  Result<std::string> bytes = ReadFileBytes(config.explain_file);
  if (!bytes.ok()) return bytes.status();
  Result<Article> article =
      ParseArticle(config.explain_file, std::move(bytes).value(), ReadOptions{});
  if (!article.ok()) return article.status();
  if (config.lang != Lang::kUnknown) article->meta.lang = config.lang;
  if (article->meta.lang == Lang::kUnknown && rule != nullptr) {
    article->meta.lang = rule->rule.languages.front();
  }
  return article;
}

}  // namespace

int RunExplain(const Config& config, std::ostream& out, std::ostream& err) {
  // It prints article text: nothing in it may drive the terminal.
  SanitizedStream clean_out(out);
  // Eager: explaining a rule shows every pattern, so every one is compiled.
  std::optional<RulePack> pack = LoadRules(config, err, RulePackOptions{});
  if (!pack) return kExitError;
  const CompiledRule* rule = nullptr;
  if (!config.rule_id.empty()) {
    rule = pack->FindRule(config.rule_id);
    if (rule == nullptr) {
      err << "factlint: error: no rule '" << config.rule_id << "' in the pack\n";
      return kExitError;
    }
  }
  Result<Article> article =
      config.explain_file.empty() ? SentenceArticle(config, rule) : FileArticle(config, rule);
  if (!article.ok()) {
    err << "factlint: " << article.status().ToString() << "\n";
    return kExitError;
  }
  if (article->meta.lang == Lang::kUnknown) {
    err << "factlint: error: cannot tell the language of the text; pass --lang fr or --lang en\n";
    return kExitError;
  }
  ExplainRequest request;
  request.rule = rule;
  if (config.explain_line > 0) {
    NormalizedRange line = LineRange(*article, config.explain_line);
    if (line.begin >= article->text.normalized().size()) {
      err << "factlint: error: " << config.explain_file << " has no line " << config.explain_line
          << "\n";
      return kExitError;
    }
    request.line = config.explain_line;
    out << config.explain_file << ":" << config.explain_line << ": "
        << article->text.normalized().substr(line.begin, line.end - line.begin) << "\n";
  } else if (!config.explain_file.empty()) {
    out << config.explain_file << " (" << LangCode(article->meta.lang) << ")\n";
  } else {
    out << "text (" << LangCode(article->meta.lang) << "): " << article->text.normalized() << "\n";
  }
  out << Explain(*pack, *article, request).text;
  return kExitOk;
}

}  // namespace factlint
