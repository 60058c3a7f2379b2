import StanceCLI

Stance.main()
