"""A full disk: one clear line, nothing half-written, `check` still works.

The disk is a 3 MB tmpfs mounted in a private mount namespace (`unshare -rm`,
no root needed where user namespaces are allowed)."""

import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import os
    import sys
    from funnel.commands.cli import main
    folder = sys.argv[1]
    db = folder + "/funnel.sqlite3"

    def run(*args):
        code = main(["--db", db, *args])
        sys.stderr.write(f"<exit {code}>\\n")
        return code

    assert run("demo", "--deals", "20") == 0
    run("demo", "--deals", "20000", "--append")       # fills the disk
    filler = os.open(folder + "/filler", os.O_WRONLY | os.O_CREAT)  # nothing is left
    try:
        while True:
            os.write(filler, b"x" * 4096)
    except OSError:
        os.close(filler)
    run("backup", folder + "/copy.sqlite3")            # no room for a copy
    run("check")                                       # reads on a full disk
    """
)


def _can_mount() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs unshare -rm to mount a small tmpfs")
def test_a_full_disk_gives_one_line_and_leaves_the_data_whole(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    script = tmp_path / "fill.py"
    script.write_text(SCRIPT)
    shell = (
        f"mount -t tmpfs -o size=3m tmpfs {folder} && "
        f"{sys.executable} {script} {folder}; ls -a {folder}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell], capture_output=True, text=True, timeout=120
    )
    err = done.stderr
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    # demo --append: one line, then its exit code
    fill = lines[lines.index("<exit 0>") + 1 :]
    assert fill[0] == "funnel: The disk is full: nothing was written." and fill[1] == "<exit 1>"
    assert fill[2] == "funnel: The disk is full: nothing was written." and fill[3] == "<exit 1>"
    assert fill[4] == "<exit 0>"  # check: the 20 deals are whole
    assert "copy.sqlite3" not in done.stdout and ".partial" not in done.stdout
