using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Forms;

public abstract record FormEvent : IPersisted
{
    private FormEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("form.defined.v1")]
        public sealed record Defined(string FormId, FormPurpose Purpose, string Title, IReadOnlyList<FormQuestion> Questions, string DefinedBy, DateTimeOffset At)
            : FormEvent;

        /// <summary>Answers are stored with the form's purpose (category Forms), encrypted with the respondent's key.</summary>
        [PersistedAs("form.answered.v1")]
        public sealed record Answered(
            [property: NotPersonal("an opaque id")] string ResponseId,
            [property: DataSubject] string RespondentId,
            FormPurpose Purpose,
            IReadOnlyList<FormAnswer> Answers,
            DateTimeOffset At) : FormEvent;
    }
}
