namespace Upjunoo.Domain.Conversations;

/// <summary>What a conversation is about; the id of a conversation is <c>{kind}-{id of the trip or order}</c>.</summary>
public enum ConversationKind
{
    Trip,
    Order,
}
