using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

namespace Scadenzario.Accounts;

/// <summary>
/// One line of the accounts' history (migrations/0012_account_audit.sql): who did what to which
/// account and when. Never a password: a reset records that it happened, not what was chosen.
/// </summary>
public sealed class AccountAuditEntry
{
    public long Id { get; set; }

    public Instant At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string UserName { get; set; }

    public string Details { get; set; } = "";
}

/// <summary>What the account history records; the database refuses any other value.</summary>
public static class AccountActions
{
    public const string Creato = "creato";
    public const string PasswordReimpostata = "password_reimpostata";
    public const string Sbloccato = "sbloccato";
    public const string Disattivato = "disattivato";
    public const string Riattivato = "riattivato";

    /// <summary>The owner changed their own password.</summary>
    public const string PasswordCambiata = "password_cambiata";

    /// <summary>The owner chose a new password through an emailed link.</summary>
    public const string PasswordRecuperata = "password_recuperata";
}

/// <summary>
/// ASP.NET Core Identity over the tables of migrations/0010_identity.sql, plus the accounts'
/// history. EF never alters the schema. Names are snake_case, Identity's tables included
/// (AspNetUsers is asp_net_users). The web app extends it (WebDb) with what only the web owns.
/// </summary>
public class AccountsDb : IdentityDbContext<WebUser, IdentityRole, string>
{
    public AccountsDb(DbContextOptions<AccountsDb> options)
        : base(options)
    {
    }

    /// <summary>For a derived context, which brings its own options type.</summary>
    protected AccountsDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<AccountAuditEntry> AccountAudit => Set<AccountAuditEntry>();

    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    public DbSet<PasswordResetToken> PasswordResets => Set<PasswordResetToken>();

    /// <summary>The provider settings every context over this schema uses.</summary>
    public static void Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, o => o.UseNodaTime()).UseSnakeCaseNamingConvention();

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
        builder.Entity<AccountAuditEntry>(e =>
        {
            e.ToTable("account_audit");
            e.HasKey(a => a.Id);
        });
        builder.Entity<LoginFailure>(e =>
        {
            e.ToTable("login_failure");
            e.HasKey(f => f.Id);
        });
        builder.Entity<PasswordResetToken>(e =>
        {
            e.ToTable("password_reset");
            e.HasKey(r => r.Id);
        });
    }
}
