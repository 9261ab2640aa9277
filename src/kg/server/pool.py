"""A pool of query worker processes with per-job time limits: an overrunning job's process is killed."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from .worker import Job, Outcome

__all__ = ["WorkerPool"]

_SRC = str(Path(__file__).resolve().parents[2])  # the directory that holds the kg package


class _Worker:
    """One child process (`python -m kg.server.worker`) and our end of its socket.

    A plain subprocess rather than multiprocessing's spawn: the child never re-imports the
    parent's __main__ (uvicorn, pytest, a user's script), so it starts the same way everywhere.
    """

    def __init__(self, path: str, writable: bool, generation: int):
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [_SRC, env.get("PYTHONPATH", "")]))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.server.worker", str(theirs.fileno()), path, "rw" if writable else "ro"],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        self.generation = generation

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the process to exit after its current job; it is reaped by multiprocessing later."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.conn.close()
        threading.Thread(target=self.proc.wait, daemon=True).start()  # reap it without blocking


class WorkerPool:
    """`readers` processes with the store opened read-only, plus one read-write writer if `writable`.

    Readers open the store afresh after every write (a read-only handle sees the store as it was
    when opened), so queries see updates as soon as they are committed.
    """

    def __init__(self, path: str, readers: int = 2, writable: bool = False):
        self.path = path
        self.readers = readers
        self.writable = writable
        self.generation = 0
        self._idle: asyncio.Queue[_Worker] | None = None
        self._writer: _Worker | None = None
        self._write_lock = asyncio.Lock()
        self._all: set[_Worker] = set()

    def _spawn(self, writable: bool = False) -> _Worker:
        w = _Worker(self.path, writable, self.generation)
        self._all.add(w)
        return w

    def _retire(self, w: _Worker, kill: bool = False) -> None:
        self._all.discard(w)
        w.kill() if kill else w.stop()

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.readers):
            self._idle.put_nowait(self._spawn())
        if self.writable:
            self._writer = self._spawn(writable=True)

    async def close(self) -> None:
        workers = list(self._all)
        for w in workers:
            self._retire(w)
        for w in workers:
            try:
                w.proc.wait(2)
            except subprocess.TimeoutExpired:
                w.proc.kill()

    async def _run(self, w: _Worker, job: Job, timeout: float) -> Outcome | None:
        """The worker's answer, or None if it overran (the worker is then killed).

        The event loop watches the socket itself (no thread hand-off): the answer is read once
        its first bytes arrive, which the worker writes in one go.
        """
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = w.conn.fileno()
        try:
            w.conn.send(job)
        except OSError as exc:
            return Outcome(503, message=f"query worker died ({exc}); try again", retry=True)
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await asyncio.wait_for(ready, timeout)
        except asyncio.TimeoutError:
            loop.remove_reader(fd)
            w.kill()
            return None
        loop.remove_reader(fd)
        try:
            return w.conn.recv()
        except (EOFError, OSError) as exc:
            return Outcome(503, message=f"query worker died ({exc}); try again", retry=True)

    async def query(self, job: Job, timeout: float) -> Outcome:
        """Run a read job on an idle reader within `timeout` seconds (waiting for one included)."""
        assert self._idle is not None, "start() the pool first"
        deadline = time.monotonic() + timeout
        for attempt in range(2):
            try:
                w = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                return Outcome(503, message=f"all {self.readers} query workers stayed busy for {timeout:g} s; try again later")
            if w.generation != self.generation:
                self._retire(w)
                w = self._spawn()
            outcome = await self._run(w, job, max(0.0, deadline - time.monotonic()))
            if outcome is None or outcome.retry:
                if outcome is not None:
                    self._retire(w, kill=True)
                else:
                    self._all.discard(w)
                self._idle.put_nowait(self._spawn())
                if outcome is None:
                    return Outcome(503, message=f"query exceeded the time limit of {timeout:g} s; narrow it down (more specific patterns, LIMIT)")
                if attempt == 0 and time.monotonic() < deadline:
                    continue
                return outcome
            self._idle.put_nowait(w)
            return outcome
        raise AssertionError("unreachable")

    async def write(self, job: Job, timeout: float) -> Outcome:
        """Run an update or build job on the single writer; readers are renewed when it succeeds."""
        if self._writer is None:
            return Outcome(403, message="this server is read-only")
        async with self._write_lock:
            outcome = await self._run(self._writer, job, timeout)
            if outcome is None or outcome.retry:
                # a killed writer's transaction never committed: RocksDB drops it on reopen
                self._all.discard(self._writer)
                self._writer = self._spawn(writable=True)
                if outcome is None:
                    return Outcome(503, message=f"update exceeded the time limit of {timeout:g} s; nothing was changed")
                return outcome
            if outcome.status < 300:
                self.generation += 1
                self._renew_idle()
            return outcome

    def _renew_idle(self) -> None:
        """Replace idle readers now, so the next queries find fresh ones already started."""
        assert self._idle is not None
        stale = []
        while not self._idle.empty():
            stale.append(self._idle.get_nowait())
        for w in stale:
            self._retire(w)
            self._idle.put_nowait(self._spawn())
