namespace Upjunoo.Domain.Forms;

public abstract record FormCommand(DateTimeOffset Now)
{
    public sealed record Define(string FormId, FormPurpose Purpose, string Title, IReadOnlyList<FormQuestion> Questions, string DefinedBy, DateTimeOffset Now)
        : FormCommand(Now);

    public sealed record Answer(string ResponseId, string RespondentId, IReadOnlyList<FormAnswer> Answers, DateTimeOffset Now) : FormCommand(Now);
}
