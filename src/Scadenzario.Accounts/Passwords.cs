using System.Security.Cryptography;

namespace Scadenzario.Accounts;

/// <summary>Initial and reset passwords, shown once to the amministratore who hands them over.</summary>
public static class Passwords
{
    // No 0/O, 1/l/I: the password is often read aloud or copied from a screen by hand.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Three groups of six characters (about 104 random bits) that satisfy the Identity rules.</summary>
    public static string Generate()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 3).Select(_ => RandomNumberGenerator.GetString(Alphabet, 6));
            var password = string.Join('-', groups);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }
}
