using NodaTime;
using Scadenzario.Web.Api;
using Scadenzario.Web.Features.Amministrazione;
using Scadenzario.Web.Features.Feed;
using Scadenzario.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddScadenzarioWeb(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateAsync();
if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Scadenzario:Demo"))
{
    await DemoStartup.PrintDemoAccountsAsync(app.Services, Console.Out);
}

app.UseScadenzarioPipeline();
app.MapRazorPages();
app.MapOpenApi("/api/openapi/{documentName}.json");
app.MapScadenzarioApi();
app.MapFeed();
app.MapJobsDashboard();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
