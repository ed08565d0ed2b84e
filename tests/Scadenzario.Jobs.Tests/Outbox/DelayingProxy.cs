using System.Net;
using System.Net.Sockets;

namespace Scadenzario.Jobs.Tests.Outbox;

/// <summary>
/// A slow relay: a TCP proxy on a free loopback port in front of the real SMTP server that holds
/// every chunk the server sends for <see cref="Delay"/> before passing it on, so each SMTP reply —
/// and so each message — takes that much longer. The client's bytes go through at once.
/// </summary>
public sealed class DelayingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> connections = [];
    private readonly int target;
    private readonly Task accepting;

    public DelayingProxy(int targetPort, TimeSpan delay)
    {
        target = targetPort;
        Delay = delay;
        listener.Start();
        accepting = AcceptAsync();
    }

    public TimeSpan Delay { get; }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await Task.WhenAll([accepting, .. connections]).ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (connections)
            {
                connections.Add(RelayAsync(client));
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient { NoDelay = true })
        {
            client.NoDelay = true;
            await server.ConnectAsync(IPAddress.Loopback, target, stop.Token);
            var up = PipeAsync(client.GetStream(), server.GetStream(), TimeSpan.Zero);
            var down = PipeAsync(server.GetStream(), client.GetStream(), Delay);
            await Task.WhenAny(up, down);
        }
    }

    private async Task PipeAsync(NetworkStream from, NetworkStream to, TimeSpan delay)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, stop.Token);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side closed: the conversation is over.
        }
    }
}
