"""Start-up probe of bench/startup.py; inert unless HZBENCH_T0 is in the environment.

The built folder runs this file first (a PyInstaller runtime hook), and bench/startup.py runs
the same file before it starts hzreader from source, so both rows of the benchmark measure
the same thing: with HZBENCH_T0 set (the monotonic time at which the benchmark started the
process), the reader's first Paint event prints `FIRST_PAINT <seconds>` and quits the
window. Nothing is imported earlier than the program itself imports it: the probe is slipped
into MainWindow.show() when hzreader.ui.shell.main_window is first imported.
"""

import os


def first_paint_filter():
    """An event filter that prints the first Paint event's time and quits the application."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                elapsed = time.monotonic() - float(os.environ["HZBENCH_T0"])
                # The process's CPU time too: unlike the wall clock, it hardly moves when
                # other work shares the machine.
                print(f"FIRST_PAINT {elapsed:.6f} {time.process_time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    return FirstPaint()


def install_probe() -> None:
    """Wrap MainWindow.show() so that the reader's viewport gets the filter."""
    import importlib.abc
    import importlib.util
    import sys

    class Hook(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name != "hzreader.ui.shell.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            loader = spec.loader
            run = loader.exec_module

            def exec_module(module):
                # A frozen loader may serve other modules too: unwrap before running.
                del loader.exec_module
                run(module)
                show = module.MainWindow.show

                def show_probed(window):
                    window._bench_probe = first_paint_filter()
                    window.reader.viewport().installEventFilter(window._bench_probe)
                    show(window)

                module.MainWindow.show = show_probed

            loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Hook())


if os.environ.get("HZBENCH_T0"):
    install_probe()
