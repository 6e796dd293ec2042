import PamphletCLI

PamphletCommand.main()
