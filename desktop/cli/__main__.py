from desktop.cli import main

main(prog_name="jamsos")
