using Upjunoo.Domain.Common;
using Upjunoo.Domain.Conversations;
using static Upjunoo.Domain.Conversations.ConversationEvent.V1;

namespace Upjunoo.Domain.Tests.Conversations;

public class ConversationSpec
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private const string Id = "trip-t1";

    private static ConversationCommand.Post Post(string messageId, string text = "J'arrive") => new(Id, messageId, "rider-1", "customer", "Awa", text, T0);

    private static ConversationState Given(params ConversationCommand[] commands) =>
        commands.Aggregate(Conversation.Initial, (state, c) =>
        {
            var decision = Conversation.Decide(c, state);
            Assert.False(decision.IsRejected, decision.Rejection?.Code);
            return decision.Events.Aggregate(state, Conversation.Evolve);
        });

    [Fact]
    public void Given_an_open_conversation_When_a_party_posts_Then_the_message_is_kept_with_its_author()
    {
        var decision = Conversation.Decide(Post("m1"), Conversation.Initial);

        var posted = Assert.IsType<MessagePosted>(Assert.Single(decision.Events));
        Assert.Equal("rider-1", posted.Message.AuthorId);
        Assert.Equal("Awa", posted.Message.AuthorFirstName);
    }

    [Fact]
    public void Given_a_posted_message_When_the_same_message_is_posted_again_Then_nothing_happens()
    {
        var state = Given(Post("m1"));

        Assert.Empty(Conversation.Decide(Post("m1"), state).Events);
    }

    [Fact]
    public void Given_a_closed_conversation_When_a_party_posts_Then_it_is_refused_as_a_conflict()
    {
        var state = Given(Post("m1"), new ConversationCommand.Close(T0, T0));

        var decision = Conversation.Decide(Post("m2"), state);

        Assert.Equal(RejectionKind.Conflict, decision.Rejection?.Kind);
        Assert.Equal("conversation.closed", decision.Rejection?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Given_an_open_conversation_When_an_empty_message_is_posted_Then_it_is_invalid(string text) =>
        Assert.Equal(RejectionKind.Invalid, Conversation.Decide(Post("m1", text), Conversation.Initial).Rejection?.Kind);

    [Fact]
    public void Given_a_conversation_with_messages_and_calls_When_it_is_purged_Then_nothing_is_left_and_it_is_gone()
    {
        var call = new CallRecord("c1", "rider-1", "driver-1", T0, 30, "calls/trip-t1/c1", true, T0);
        var state = Given(Post("m1"), new ConversationCommand.RecordCall(Id, call, T0), new ConversationCommand.Close(T0, T0), new ConversationCommand.Purge(T0.AddDays(30)));

        Assert.Empty(state.Messages);
        Assert.Empty(state.Calls);
        Assert.True(state.IsPurged);
        Assert.Equal(RejectionKind.NotFound, Conversation.Decide(Post("m2"), state).Rejection?.Kind);
        Assert.Empty(Conversation.Decide(new ConversationCommand.Purge(T0.AddDays(31)), state).Events);
    }

    [Theory]
    [InlineData("trip-abc", ConversationKind.Trip, "abc")]
    [InlineData("order-o-1", ConversationKind.Order, "o-1")]
    public void Conversation_ids_name_their_trip_or_order(string id, ConversationKind kind, string subject)
    {
        Assert.True(ConversationRules.TryParse(id, out var parsedKind, out var parsedSubject));
        Assert.Equal((kind, subject), (parsedKind, parsedSubject));
        Assert.Equal(id, ConversationRules.IdOf(kind, subject));
    }

    [Theory]
    [InlineData("chat-abc")]
    [InlineData("trip-")]
    [InlineData("trip")]
    [InlineData("trip-a/b")]
    public void Other_ids_are_not_conversations(string id) => Assert.False(ConversationRules.TryParse(id, out _, out _));
}
