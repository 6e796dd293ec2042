import PamphletCLI

PamphletCommand.runAndExit()
