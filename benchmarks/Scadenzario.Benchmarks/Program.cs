using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project benchmarks/Scadenzario.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
