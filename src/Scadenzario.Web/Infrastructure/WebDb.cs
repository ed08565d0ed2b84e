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
/// the schema. Names are snake_case, Identity's tables included (AspNetUsers is asp_net_users).
/// </summary>
public sealed class WebDb(DbContextOptions<WebDb> options) : IdentityDbContext<WebUser, IdentityRole, string>(options)
{
    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables explicitly (AspNetUsers…), which the snake_case convention
        // leaves alone; give them the names the rest of the schema would use.
        builder.Entity<IdentityRole>().ToTable("asp_net_roles");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("asp_net_role_claims");
        builder.Entity<IdentityUserClaim<string>>().ToTable("asp_net_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("asp_net_user_logins");
        builder.Entity<IdentityUserRole<string>>().ToTable("asp_net_user_roles");
        builder.Entity<IdentityUserToken<string>>().ToTable("asp_net_user_tokens");
        builder.Entity<WebUser>(e =>
        {
            e.ToTable("asp_net_users");
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
