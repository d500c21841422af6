"""The pipeline editor dialog (see `dialog.py`)."""

from ui.pipeline_editor.dialog import PipelineEditor

__all__ = ["PipelineEditor"]
