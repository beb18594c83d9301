#include "rules/rule.h"

namespace factlint {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (SeverityName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kStated:
      return "stated";
    case Modality::kPlanned:
      return "planned";
    case Modality::kReported:
      return "reported";
  }
  return "stated";
}

std::optional<Modality> ParseModality(std::string_view name) {
  for (Modality m : {Modality::kStated, Modality::kPlanned, Modality::kReported}) {
    if (ModalityName(m) == name) return m;
  }
  return std::nullopt;
}

std::string_view ValueKindName(ValueKind k) {
  switch (k) {
    case ValueKind::kQuantity:
      return "quantity";
    case ValueKind::kCategory:
      return "category";
    case ValueKind::kSet:
      return "set";
    case ValueKind::kQuote:
      return "quote";
  }
  return "quantity";
}

std::optional<ValueKind> ParseValueKind(std::string_view name) {
  for (ValueKind k :
       {ValueKind::kQuantity, ValueKind::kCategory, ValueKind::kSet, ValueKind::kQuote}) {
    if (ValueKindName(k) == name) return k;
  }
  return std::nullopt;
}

}  // namespace factlint

namespace factlint {

std::string_view KeyScopeName(KeyScope s) {
  switch (s) {
    case KeyScope::kMatch:
      return "match";
    case KeyScope::kClause:
      return "clause";
    case KeyScope::kSentence:
      return "sentence";
    case KeyScope::kParagraph:
      return "paragraph";
    case KeyScope::kArticle:
      return "article";
  }
  return "match";
}

std::optional<KeyScope> ParseKeyScope(std::string_view name) {
  for (KeyScope s : {KeyScope::kMatch, KeyScope::kClause, KeyScope::kSentence,
                     KeyScope::kParagraph, KeyScope::kArticle}) {
    if (KeyScopeName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace factlint
