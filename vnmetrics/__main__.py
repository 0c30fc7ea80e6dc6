from vnmetrics.cli import main

main()
