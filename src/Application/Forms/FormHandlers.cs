using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Forms;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Forms;

public sealed record FormCreated(string FormId, string Purpose);

/// <summary>An operator defines a form or survey with its purpose: opinion, specialOffer or support (R10).</summary>
public sealed record DefineForm(Caller Caller, string? Purpose, string? Title, IReadOnlyList<FormQuestion>? Questions) : IRequest<Outcome<FormCreated>>;

public sealed class DefineFormHandler(FormGateway forms, IIdGenerator ids, TimeProvider clock) : IRequestHandler<DefineForm, Outcome<FormCreated>>
{
    public async ValueTask<Outcome<FormCreated>> Handle(DefineForm request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Operator))
        {
            return Rejection.Forbidden("form.operators-only", "Only operators define forms.");
        }

        if (!Enum.TryParse<FormPurpose>(request.Purpose, ignoreCase: true, out var purpose) || request.Purpose!.Any(char.IsDigit))
        {
            return Rejection.Invalid("form.invalid-purpose", "purpose is opinion, specialOffer or support.", "purpose");
        }

        var formId = ids.NewId();
        var reply = await forms.Send(formId, new FormCommand.Define(
            formId, purpose, request.Title ?? "", request.Questions ?? [], request.Caller.AccountId, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : new FormCreated(formId, Support.TicketNames.Of(purpose));
    }
}

/// <summary>A signed-in person answers a form; answers are kept for the form's purpose only (category Forms).</summary>
public sealed record AnswerForm(Caller Caller, string FormId, IReadOnlyList<FormAnswer>? Answers) : IRequest<Outcome<FormCreated>>;

public sealed class AnswerFormHandler(FormGateway forms, IIdGenerator ids, TimeProvider clock) : IRequestHandler<AnswerForm, Outcome<FormCreated>>
{
    public async ValueTask<Outcome<FormCreated>> Handle(AnswerForm request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.FormId))
        {
            return Rejection.NotFound("form.not-found", "No such form.");
        }

        var reply = await forms.Send(request.FormId, new FormCommand.Answer(
            ids.NewId(), request.Caller.AccountId, request.Answers ?? [], clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : new FormCreated(request.FormId, Support.TicketNames.Of(reply.State.Purpose));
    }
}
