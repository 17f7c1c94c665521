// Placeholder until the fleet simulator issue lands: it will drive a running host over HTTP only.
Console.WriteLine("Upjunoo simulator: not built yet (see issue 7).");
return 0;
