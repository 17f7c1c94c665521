using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Forms;

/// <summary>A form and how many answered it; the answers themselves stay in the journal, tied to the purpose.</summary>
[PersistedAs("form.state.v1")]
public sealed record FormState(
    string? FormId, FormPurpose Purpose, string? Title, IReadOnlyList<FormQuestion> Questions, IReadOnlyList<string> Respondents) : IPersisted
{
    public static FormState Empty { get; } = new(null, FormPurpose.Opinion, null, [], []);

    public bool Exists => FormId is not null;
}
