using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Forms.FormEvent.V1;

namespace Upjunoo.Domain.Forms;

/// <summary>A form or survey defined by an operator, answered once per person (R10).</summary>
public sealed class Form : IDecider<FormState, FormCommand, FormEvent>
{
    public const int MaxQuestions = 30;
    public const int MaxAnswerLength = 2000;

    public static FormState Initial => FormState.Empty;

    public static Decision<FormEvent> Decide(FormCommand command, FormState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        return command switch
        {
            FormCommand.Define c => state.Exists ? Decision<FormEvent>.Nothing : Define(c),
            FormCommand.Answer c => Answer(c, state),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<FormEvent> Define(FormCommand.Define c)
    {
        if (!Enum.IsDefined(c.Purpose) || string.IsNullOrWhiteSpace(c.Title) || c.Title.Length > 200)
        {
            return Rejection.Invalid("form.invalid", "A form has a purpose and a title of 1 to 200 characters.", "title");
        }

        if (c.Questions.Count is 0 or > MaxQuestions || c.Questions.Any(q => !Ids.LooksValid(q.QuestionId) || string.IsNullOrWhiteSpace(q.TextFr) || string.IsNullOrWhiteSpace(q.TextEn))
            || c.Questions.DistinctBy(q => q.QuestionId).Count() != c.Questions.Count)
        {
            return Rejection.Invalid("form.invalid-questions", $"1 to {MaxQuestions} questions, each with an id and a text in French and English.", "questions");
        }

        return Decision<FormEvent>.Accept(new Defined(c.FormId, c.Purpose, c.Title.Trim(), c.Questions, c.DefinedBy, c.Now));
    }

    private static Decision<FormEvent> Answer(FormCommand.Answer c, FormState state)
    {
        if (!state.Exists)
        {
            return Rejection.NotFound("form.not-found", "No such form.");
        }

        if (state.Respondents.Contains(c.RespondentId))
        {
            return Rejection.Conflict("form.already-answered", "You already answered this form.");
        }

        var known = state.Questions.Select(q => q.QuestionId).ToHashSet();
        if (c.Answers.Any(a => !known.Contains(a.QuestionId) || a.Answer is null || a.Answer.Length > MaxAnswerLength)
            || state.Questions.Where(q => q.Required).Any(q => !c.Answers.Any(a => a.QuestionId == q.QuestionId && !string.IsNullOrWhiteSpace(a.Answer))))
        {
            return Rejection.Invalid("form.invalid-answers", "Answer the required questions of this form only.", "answers");
        }

        return Decision<FormEvent>.Accept(new Answered(c.ResponseId, c.RespondentId, state.Purpose, c.Answers, c.Now));
    }

    public static FormState Evolve(FormState state, FormEvent @event) => @event switch
    {
        Defined e => state with { FormId = e.FormId, Purpose = e.Purpose, Title = e.Title, Questions = e.Questions },
        Answered e => state with { Respondents = [.. state.Respondents, e.RespondentId] },
        _ => state,
    };
}
