"""The shell: start-up, the main window that wires the features together, its actions,
saved state, single instance. Start the window with `hzreader.ui.shell.launch.run_window`."""
