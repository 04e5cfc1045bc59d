"""The table contract: column order, vocabularies and empty tables.

Every table the package produces has exactly these columns first (in this
order); a few tables carry extra columns after them.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "publication", "volume", "issue", "published",
                 "title", "path", "n_paragraphs", "n_sentences", "n_words"],
    "paragraphs": ["article_id", "paragraph", "start", "end", "text",
                   "n_sentences", "polarity", "subjectivity", "vader"],
    "sentences": ["article_id", "paragraph", "sentence", "start", "end", "text",
                  "polarity", "subjectivity", "vader", "hedged", "reported",
                  "sides"],
    "mentions": ["article_id", "sentence", "start", "end", "text", "actor",
                 "side", "kind", "role"],
    "stances": ["article_id", "paragraph", "sentence", "actor", "side", "issue",
                "stance", "cue", "cameo", "goldstein", "polarity", "hedged",
                "reported", "start", "end"],
    "citations": ["article_id", "sentence", "source", "date", "date_precision"],
    "timeline": ["article_id", "sentence", "date", "date_precision",
                 "date_text", "sides", "summary"],
    # tone toward each mention of a side (workbench.tone); built on first use
    "tone": ["article_id", "paragraph", "sentence", "side", "actor", "start", "end",
             "polarity", "p_negative", "p_neutral", "p_positive", "score"],
}

#: Extra columns some tables carry after the contract's ones.
EXTRA_COLUMNS: dict[str, list[str]] = {
    "articles": ["published_source"],
    "stances": ["cue_start", "cue_end", "text", "rule"],
    "citations": ["start", "end", "text"],
    "timeline": ["start", "end", "kind"],
    "mentions": ["paragraph"],
}

TABLES = tuple(COLUMNS)
#: tables an Article builds only when first asked for (they cost more than the rest)
LAZY_TABLES = ("tone",)

KINDS = ("person", "government", "ministry", "state", "media",
         "organization", "collective", "place")
ROLES = ("actor", "target", "place", "source")
STANCES = ("statement", "consider", "appeal", "propose", "offer", "consult",
           "endorse", "cooperate", "yield", "demand", "insist", "criticize",
           "oppose", "deny", "reject", "threaten", "protest",
           "reduce_relations", "coerce", "use_force")
DATE_PRECISIONS = ("day", "week", "month", "year")

_INT = {"paragraph", "sentence", "start", "end", "n_sentences", "n_paragraphs",
        "n_words", "cue_start", "cue_end", "volume", "issue_number"}
_FLOAT = {"polarity", "subjectivity", "vader", "goldstein", "p_negative", "p_neutral", "p_positive",
          "score"}
#: tables whose polarity is a class (-1, 0, +1), not a score
_INT_POLARITY = ("stances", "tone")
_BOOL = {"hedged", "reported"}


def columns(table: str) -> list[str]:
    """All columns of *table*: the contract's, then the extras."""
    return COLUMNS[table] + EXTRA_COLUMNS.get(table, [])


def empty(table: str) -> pd.DataFrame:
    """An empty table with the right columns and dtypes."""
    return frame(table, [])


_NULLABLE_INT = {("articles", "volume"), ("articles", "issue")}


#: the dtype of text columns: pandas' own string dtype where it is the default
#: (pandas 3), plain object otherwise; Python-backed, which builds a column of
#: short texts several times faster than the Arrow-backed default
_TEXT = pd.StringDtype("python", na_value=np.nan) if int(pd.__version__.split(".")[0]) >= 3 else object


@lru_cache(maxsize=None)
def _column_index(table: str) -> pd.Index:
    """The column labels of *table*, built once: a text Index costs more to
    build than a small table's columns do."""
    return pd.Index(columns(table))


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Build *table* from a list of row dicts, in contract column order.

    Integer columns are int64 (nullable Int64 where a value can be missing:
    an article's volume and issue), flags bool, scores float64, text str."""
    data = [_column(table, col, [r.get(col) for r in rows]) for col in columns(table)]
    # keyed by position, then labelled with the cached Index: the same frame,
    # built without a new text Index each time (and `columns=` would reindex)
    df = pd.DataFrame(dict(enumerate(data)), index=pd.RangeIndex(len(rows)), copy=False)
    df.columns = _column_index(table)
    return df


def _column(table: str, col: str, values: list):
    """One column of *table* in its contract dtype."""
    if (table, col) in _NULLABLE_INT or (col in _INT and None in values):
        return pd.array(values, dtype="Int64")
    if col in _INT or (table in _INT_POLARITY and col == "polarity"):
        return np.array(values, dtype="int64")
    if col in _FLOAT:
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    if col in _BOOL:
        return np.array(values, dtype=bool)
    text = np.array(["" if v is None else str(v) for v in values], dtype=object)
    return text if _TEXT is object else pd.arrays.StringArray(text, dtype=_TEXT)


def read_tables(folder) -> dict[str, pd.DataFrame]:
    """The tables `workbench extract` wrote to *folder* (CSV or Parquet), with
    the dtypes of :func:`frame`: CAMEO codes stay zero-padded text ("010"),
    flags bool, offsets int64, empty text "" rather than NaN."""
    from pathlib import Path
    from .errors import InputError
    folder = Path(folder)
    out = {}
    for table in TABLES:
        csv, parquet = folder / f"{table}.csv", folder / f"{table}.parquet"
        if csv.is_file():
            df = pd.read_csv(csv, dtype=str, keep_default_na=False)
        elif parquet.exists():
            df = pd.read_parquet(parquet).astype({c: str for c in ("cameo", "date") if c in columns(table)},
                                                 errors="ignore")
        elif (folder / table).is_dir():  # a Parquet dataset, partitioned by year (workbench.archive)
            from .archive import _read_table
            out[table] = _read_table(folder, table)
            continue
        else:
            continue
        out[table] = _restore(table, df)
    if not out:
        raise InputError(f"{folder}: no tables written by workbench extract")
    return out


def _restore(table: str, df: pd.DataFrame) -> pd.DataFrame:
    rows = df.to_dict("records")
    for r in rows:
        for col, v in r.items():
            if isinstance(v, str) and (col in _INT or col in _FLOAT or col in _BOOL
                                       or (table in _INT_POLARITY and col == "polarity")):
                r[col] = (None if v == "" else v.strip().lower() in ("true", "1") if col in _BOOL
                          else float(v) if col in _FLOAT or "." in v else int(v))
    extra = [c for c in df.columns if c not in columns(table)]
    restored = frame(table, rows)
    for c in extra:
        restored[c] = df[c].to_numpy()
    return restored
