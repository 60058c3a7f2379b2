import StanceCLI

Stance.prepareProcess()
Stance.main()
