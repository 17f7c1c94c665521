using Upjunoo.Application.Conversations;
using Upjunoo.Domain.Conversations;
using Upjunoo.Domain.Tickets;

namespace Upjunoo.Application.Retention;

/// <summary>
/// One pass of the retention job (R18): closes conversations whose trip or order has ended, then deletes what is past
/// its period — 30 days after close for customer ↔ driver / courier / store conversations and call recordings, 3 months
/// after resolution for support tickets. Deleting means: recordings removed from the blob store, and a purge command
/// that makes the entity delete its journal (see the ADR on retention).
/// </summary>
public sealed class RetentionSweep(
    IRetentionIndex index, ConversationTopics topics, ConversationGateway conversations, TicketGateway tickets,
    Common.IBlobStore blobs, Privacy.Ledger.ILegalHolds holds, TimeProvider clock)
{
    public async Task<int> Run(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var held = await holds.HeldAt(now, cancellationToken);
        var purged = 0;
        foreach (var item in await index.Pending(500, cancellationToken))
        {
            var closedAt = item.ClosedAt;
            if (item.Kind == RetentionKinds.Conversation)
            {
                closedAt ??= await CloseIfEnded(item.Id, now, cancellationToken);
                if (closedAt is { } c && c + ConversationRules.PartyRetention <= now && !await ConversationHeld(item.Id, held, cancellationToken))
                {
                    await PurgeConversation(item.Id, now, cancellationToken);
                    purged++;
                }
            }
            else if (item.Kind == RetentionKinds.SupportTicket && closedAt is { } resolved && resolved + ConversationRules.SupportRetention <= now
                && !await TicketHeld(item.Id, held, cancellationToken))
            {
                await tickets.Send(item.Id, new TicketCommand.Purge(now), cancellationToken);
                await index.MarkPurged(item.Kind, item.Id, now, cancellationToken);
                purged++;
            }
        }

        return purged;
    }

    /// <summary>A legal hold on the case (the conversation, its trip or order) or on any of its parties suspends destruction (R18).</summary>
    private async Task<bool> ConversationHeld(string conversationId, IReadOnlySet<string> held, CancellationToken cancellationToken)
    {
        if (held.Count == 0)
        {
            return false;
        }

        var topic = await topics.Find(conversationId, cancellationToken);
        return held.Contains(conversationId)
            || (topic is not null && (held.Contains(topic.SubjectId) || topic.Parties.Any(p => held.Contains(p.AccountId))));
    }

    private async Task<bool> TicketHeld(string ticketId, IReadOnlySet<string> held, CancellationToken cancellationToken) =>
        held.Count > 0
        && (held.Contains(ticketId) || (await tickets.Get(ticketId, cancellationToken)).CustomerId is { } customer && held.Contains(customer));

    private async Task<DateTimeOffset?> CloseIfEnded(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await topics.Find(conversationId, cancellationToken) is not { EndedAt: { } endedAt })
        {
            return null;
        }

        await conversations.Send(conversationId, new ConversationCommand.Close(endedAt, now), cancellationToken);
        await index.MarkClosed(RetentionKinds.Conversation, conversationId, endedAt, cancellationToken);
        return endedAt;
    }

    private async Task PurgeConversation(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await conversations.Get(conversationId, cancellationToken);
        foreach (var call in state.Calls.Where(c => c is { StoredByUs: true, MediaRef: not null }))
        {
            await blobs.Delete(call.MediaRef!, Domain.Privacy.DataCategory.CallRecordings, cancellationToken);
        }

        await conversations.Send(conversationId, new ConversationCommand.Purge(now), cancellationToken);
        await index.MarkPurged(RetentionKinds.Conversation, conversationId, now, cancellationToken);
    }
}
