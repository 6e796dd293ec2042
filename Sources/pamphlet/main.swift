import PamphletCLI

Allocator.configure()
PamphletCommand.runAndExit()
