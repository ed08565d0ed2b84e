using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Web.Infrastructure;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests;

/// <summary>migrations/0010 and 0011 are written by hand: they must hold every table and column WebDb's EF model uses.</summary>
public sealed class IdentitySchemaTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task WebDbModel_EveryTableAndColumn_ExistsWithSameNullability()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDb>();
        var columns = new Dictionary<(string Table, string Column), bool>();
        await using (var command = app.Database.DataSource.CreateCommand("SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public'"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns[(reader.GetString(0), reader.GetString(1))] = reader.GetBoolean(2);
            }
        }

        var problems = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store)!;
                if (!columns.TryGetValue((table, column), out var nullable))
                {
                    problems.Add($"missing {table}.{column}");
                }
                else if (nullable != property.IsColumnNullable(store))
                {
                    problems.Add($"{table}.{column}: nullable in database {nullable}, in model {property.IsColumnNullable(store)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(db.Model.GetEntityTypes(), e => e.GetTableName() == "asp_net_users");
    }
}
