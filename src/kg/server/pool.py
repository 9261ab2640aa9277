"""A pool of query worker processes with per-job time limits: an overrunning job's process is killed."""

from __future__ import annotations

import asyncio
import os
import pickle
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from .worker import Job, Outcome

__all__ = ["WorkerPool"]

_SRC = str(Path(__file__).resolve().parents[2])  # the directory that holds the kg package


class _Worker:
    """One child process (`python -m kg.server.worker`) and our end of its socket.

    A plain subprocess rather than multiprocessing's spawn: the child never re-imports the
    parent's __main__ (uvicorn, pytest, a user's script), so it starts the same way everywhere.
    The child speaks multiprocessing's Connection framing; our end is a non-blocking socket read
    by the event loop, so a large answer never blocks it and the time limit covers the transfer.
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
        ours.setblocking(False)
        self.sock = ours
        self.generation = generation

    async def exchange(self, job: Job) -> Outcome:
        """Send a job and read its answer, framed as multiprocessing.connection does."""
        loop = asyncio.get_running_loop()
        await loop.sock_sendall(self.sock, _frame(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)))
        (size,) = struct.unpack("!i", await self._read(loop, 4))
        if size == -1:
            (size,) = struct.unpack("!Q", await self._read(loop, 8))
        return pickle.loads(await self._read(loop, size))

    async def _read(self, loop, size: int) -> bytearray:
        buffer = bytearray(size)
        view = memoryview(buffer)
        got = 0
        while got < size:
            n = await loop.sock_recv_into(self.sock, view[got:])
            if n == 0:
                raise EOFError("the query worker closed its socket")
            got += n
        return buffer

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(5)
        self.sock.close()

    def stop(self) -> None:
        """Ask the process to exit after its current job; it is reaped in the background."""
        try:
            self.sock.send(_frame(pickle.dumps(None)))
        except OSError:
            pass
        self.sock.close()
        threading.Thread(target=self.proc.wait, daemon=True).start()  # reap it without blocking


def _frame(data: bytes) -> bytes:
    if len(data) > 0x7FFFFFFF:
        return struct.pack("!iQ", -1, len(data)) + data
    return struct.pack("!i", len(data)) + data


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
        self._idle: asyncio.LifoQueue[_Worker] | None = None
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
        # last in, first out: a lone client keeps hitting the same warm process (its caches are hot)
        self._idle = asyncio.LifoQueue()
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
        """The worker's answer, or None if it overran (the worker is then killed)."""
        try:
            return await asyncio.wait_for(w.exchange(job), timeout)
        except asyncio.TimeoutError:
            w.kill()
            return None
        except asyncio.CancelledError:
            w.kill()  # its answer would be left unread on the socket: the caller replaces it
            raise
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
            try:
                outcome = await self._run(w, job, max(0.0, deadline - time.monotonic()))
            except asyncio.CancelledError:
                self._all.discard(w)
                self._idle.put_nowait(self._spawn())
                raise
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

    async def ping_writer(self, timeout: float) -> None:
        """Wait until the writer has opened the store (it answers a trivial query then)."""
        if self._writer is not None:
            async with self._write_lock:
                outcome = await self._run(self._writer, Job("query", "ASK {}"), timeout)
                if outcome is None or outcome.retry:
                    self._all.discard(self._writer)
                    self._writer = self._spawn(writable=True)

    async def write(self, job: Job, timeout: float) -> Outcome:
        """Run an update or build job on the single writer; readers are renewed when it succeeds."""
        if self._writer is None:
            return Outcome(403, message="this server is read-only")
        async with self._write_lock:
            try:
                outcome = await self._run(self._writer, job, timeout)
            except asyncio.CancelledError:
                # the job may or may not have committed: renew everything that read the store
                self._all.discard(self._writer)
                self._writer = self._spawn(writable=True)
                self.generation += 1
                self._renew_idle()
                raise
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
