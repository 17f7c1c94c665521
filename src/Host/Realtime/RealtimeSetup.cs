using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Upjunoo.Application.Realtime;

namespace Upjunoo.Host.Realtime;

public static class RealtimeSetup
{
    public const string HubPath = "/hubs/live";

    public static IServiceCollection AddUpjunooRealtime(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(o =>
            o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<ILiveUpdates, SignalRLiveUpdates>();
        services.AddSingleton<IConversationLive, SignalRConversationLive>();

        // WebSockets cannot carry an Authorization header from a browser: the hub also takes ?access_token=.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Events ??= new JwtBearerEvents();
            options.Events.OnMessageReceived = context =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments(HubPath) && context.Request.Query["access_token"] is { Count: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            };
        });
        return services;
    }
}
