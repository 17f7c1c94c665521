namespace Upjunoo.Host.Contracts;

public sealed record ConsentsBody(bool? Marketing, bool? Advertising, bool? Analytics);

public sealed record PrivacyRequestBody(string? Type, string? Details);

public sealed record AnswerBody(string? Note, string? Reason);

public sealed record PublishPolicyBody(string? TextFr, string? TextEn);

public sealed record LegalHoldBody(string? SubjectId, string? Reason, DateTimeOffset? Until);

public sealed record DisclosureBody(
    string? Recipient, string? RecipientKind, string? Country, string? LegalBasis, IReadOnlyList<string>? Categories, string? SubjectId);
