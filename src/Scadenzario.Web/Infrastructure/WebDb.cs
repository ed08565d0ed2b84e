using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Scadenzario.Web.Infrastructure;

/// <summary>The secret token of an ente's calendar feed; replacing the row revokes the old URL.</summary>
public sealed class FeedToken
{
    public required string EnteCode { get; set; }

    public required string Token { get; set; }

    public Instant CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// What only the web owns: accounts (ASP.NET Core Identity) and feed tokens. Like ScadenzarioDb,
/// it maps tables that migrations/0010_identity.sql and 0011_feed.sql create; EF never alters
/// the schema. Names are snake_case, so Identity's AspNetUsers is asp_net_users.
/// </summary>
public sealed class WebDb(DbContextOptions<WebDb> options) : IdentityDbContext<WebUser, IdentityRole, string>(options)
{
    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<WebUser>(e =>
        {
            e.Property(u => u.EnteCode).HasMaxLength(16);
            e.Property(u => u.DisplayName).HasMaxLength(256);
        });
        builder.Entity<FeedToken>(e =>
        {
            e.ToTable("feed_token");
            e.HasKey(t => t.EnteCode);
            e.HasIndex(t => t.Token).IsUnique();
        });
    }
}
