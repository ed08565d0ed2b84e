using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
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

    /// <summary>Days before each deadline that subscribed calendars remind of it; null for no reminder (migrations/0015_feed_alarm_no_quartz.sql).</summary>
    public short? AlarmDaysBefore { get; set; }
}

/// <summary>
/// The accounts (shared with the command line) plus what only the web owns: feed tokens
/// (migrations/0011_feed.sql, 0015) and the Data Protection key ring (0013). EF never alters the
/// schema; a test compares this model with the migrations.
/// </summary>
public sealed class WebDb(DbContextOptions<WebDb> options) : AccountsDb(options), IDataProtectionKeyContext
{
    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<FeedToken>(e =>
        {
            e.ToTable("feed_token");
            e.HasKey(t => t.EnteCode);
            e.HasIndex(t => t.Token).IsUnique();
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
