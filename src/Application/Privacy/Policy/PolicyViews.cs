namespace Upjunoo.Application.Privacy.Policy;

public sealed record PolicyView(int Version, DateTimeOffset PublishedAt, string Language, string Text);

public sealed record PolicyVersionView(int Version, DateTimeOffset PublishedAt, string PublishedBy);

public sealed record PolicyPublishedView(int Version, DateTimeOffset PublishedAt, int AccountsNotified, int MessagesSent);
