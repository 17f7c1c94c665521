using System.Text.Json;
using System.Text.Json.Serialization;
using Upjunoo.Application;
using Upjunoo.Host;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Endpoints;
using Upjunoo.Host.Problems;
using Upjunoo.Host.Realtime;
using Upjunoo.Host.Telemetry;
using Upjunoo.Infrastructure;
using Upjunoo.Infrastructure.Cluster;

var builder = WebApplication.CreateBuilder(args);
var isDevelopment = builder.Environment.IsDevelopment();
if (!isDevelopment)
{
    builder.Logging.ClearProviders().AddJsonConsole();
}

builder.Services
    .AddUpjunooApplication()
    .AddUpjunooInfrastructure(isDevelopment)
    .AddUpjunooAuth(isDevelopment)
    .AddUpjunooProblems()
    .AddUpjunooOpenApi()
    .AddUpjunooRealtime()
    .AddUpjunooTelemetry()
    .AddSingleton<NodeReadiness>()
    .AddMediator(options => options.ServiceLifetime = ServiceLifetime.Singleton)
    .ConfigureHttpJsonOptions(o =>
    {
        o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    });

var app = builder.Build();
app.UseTooManyRequestsCounter();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapUpjunooOpenApi();
app.MapHealth();
app.MapOps();
app.MapUpjunooMetrics(app.Configuration);
var api = app.MapGroup("/api/v1");
api.MapAuth().MapMe().MapAccountAdmin().MapDrivers().MapTrips().MapStores().MapOrders().MapAddresses();
api.MapSafety().MapConversations().MapSupport().MapNotifications();
api.MapPrivacy();
app.MapHub<LiveHub>(RealtimeSetup.HubPath).RequireAuthorization();
if (isDevelopment)
{
    api.MapDev();
}

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
