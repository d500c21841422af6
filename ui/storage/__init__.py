"""What the window says about the file itself: read-only, missing, a full
disk, a clock behind the file's newest change."""
