"""The run report task: charts of the run and of the whole output, attached to the flow run as artifacts."""

from __future__ import annotations

from typing import Any

from prefect import get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact

from newsetl.io.layout import Layout
from newsetl.report import build_report


@task(name="run-report")
def report_run(layout: Layout, run_id: str) -> dict[str, Any]:
    """Write ``report/<run_id>.html`` and ``report/index.html`` and attach a markdown summary and a link
    to the flow run. Runs after ``write_run`` (the tables are committed), so a report that cannot be built
    is logged and never fails the run."""
    try:
        result = build_report(layout.root, run_id)
    except Exception as exc:  # noqa: BLE001  (the run's data is already safe; the report is a view of it)
        get_run_logger().warning("run report not written: %s", exc)
        return {"report": None}
    create_markdown_artifact(result.markdown, key="newsetl-run-summary", description=f"newsetl run {run_id}")
    create_link_artifact(result.path.as_uri(), link_text=f"newsetl run report {run_id}", key="newsetl-run-report",
                         description="charts: outlets, days, date sources, quotes, rejects, duplicates, timings")
    return {"report": str(result.path)}
