using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// Records keep the user name (it identifies the account); pages show the person's name: who
/// completed an act, who appears in its history and in the ente's events. The user list keeps the
/// user name, where it is what identifies.
/// </summary>
public sealed class PeopleNamesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CompletedAct_PageShowsThePersonsName_StoredUserNameUnchanged()
    {
        await AccountPeople.CreateAsync(app, "maria.bianchi", "maria.bianchi@comune.genova.it", "Maria Bianchi");
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var operatore = await app.LoginAsync("maria.bianchi");
        var completed = await WebAppFixture.PostFormAsync(operatore, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = "PG/2024/77" });
        Assert.True(completed.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"completion: {(int)completed.StatusCode}");

        var page = await (await app.LoginAsync(Users.PrefetturaGenova.Name)).GetStringAsync($"/adempimenti/{task}");

        Assert.Contains("id=\"completamento\">da Maria Bianchi il", page, StringComparison.Ordinal);
        Assert.Contains("<td>Maria Bianchi</td><td>Completato</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("maria.bianchi", page, StringComparison.Ordinal);
        Assert.Equal("maria.bianchi", await app.Database.ScalarAsync<string>($"SELECT completed_by FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task UserList_ShowsUserNameNameAndEmailInTheirColumns()
    {
        await AccountPeople.CreateAsync(app, "lista.email", "lista.email@comune.genova.it", "Lia Lista");

        var page = await (await app.LoginAsync(Users.Admin.Name)).GetStringAsync("/amministrazione/utenti");

        Assert.Contains("<th scope=\"col\">Email</th>", page, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">lista.email</th>\\s*<td>Lia Lista</td>\\s*<td class=\"text-break\"><a href=\"mailto:lista.email@comune.genova.it\">lista.email@comune.genova.it</a></td>", page);
    }
}
