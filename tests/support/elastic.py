"""A scripted Elasticsearch for tests: a transport node that the real `elasticsearch` client
talks to, and an in-memory cluster behind it answering the few APIs govcat's backend calls.

The node (`scripted_node`) records every request as the client sent it (method, path, query
parameters, JSON or NDJSON body) and answers with what a responder returns, under the
`X-Elastic-Product: Elasticsearch` header that the client insists on. `FakeCluster` is such a
responder: indices, aliases, documents, and a query engine for the query shapes govcat sends
(bool, multi_match most_fields and phrase_prefix, match_phrase, terms, range, match_all; terms
aggregations; sorts with search_after), analysing text as the index's mapping says
(whitespace + lowercase + porter_stem, and the built-in cjk bigrams) and scoring with BM25 as
Lucene does.
"""

from __future__ import annotations

import fnmatch
import json
import math
import os
import re
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote

import snowballstemmer
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elasticsearch import Elasticsearch

from catalog.search.elasticsearch import connect

PRODUCT_HEADERS = {
    "x-elastic-product": "Elasticsearch",
    "content-type": "application/vnd.elasticsearch+json;compatible-with=8",
}


@dataclass
class Request:
    """One HTTP request as the client sent it."""

    method: str
    path: str  # percent-decoded
    params: dict[str, str]
    body: Any  # the decoded JSON, a list of them for NDJSON, or None
    headers: dict[str, str]


@dataclass
class Reply:
    """What the scripted node answers: a status, a JSON body, and the response headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=lambda: dict(PRODUCT_HEADERS))


Responder = Callable[[Request], Reply]


class NodeResponse(NamedTuple):
    """What a transport node returns (elastic_transport's NodeApiResponse has this shape)."""

    meta: ApiResponseMeta
    body: bytes


def scripted_node(responder: Responder) -> type[BaseNode]:
    """A node class (for the client's node_class=) whose requests responder answers."""

    class ScriptedNode(BaseNode):
        def perform_request(self, method: str, target: str, body: bytes | None = None,
                            headers: Any = None, request_timeout: Any = None
                            ) -> NodeResponse:
            path, _, query = target.partition("?")
            # the node's own headers (authorization from the URL, user-agent) go on the wire too
            wire = {**dict(self.headers), **dict(headers or {})}
            sent = {key.lower(): value for key, value in wire.items()}
            request = Request(method, unquote(path), dict(parse_qsl(query, keep_blank_values=True)),
                              _decode(body, sent.get("content-type", "")), sent)
            reply = responder(request)
            raw = b"" if reply.body is None else json.dumps(reply.body).encode("utf-8")
            meta = ApiResponseMeta(status=reply.status, http_version="1.1",
                                   headers=HttpHeaders(reply.headers), duration=0.0,
                                   node=self.config)
            return NodeResponse(meta, raw)

        def close(self) -> None:
            closed = getattr(responder, "closed_nodes", None)
            if closed is not None:
                closed.append(self.base_url)

    return ScriptedNode


def _decode(body: bytes | None, content_type: str) -> Any:
    if not body:
        return None
    text = body.decode("utf-8")
    if "ndjson" in content_type:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


@contextmanager
def live_cluster() -> Iterator[tuple[Elasticsearch, str]]:
    """A client of the cluster at ELASTICSEARCH_URL (ELASTICSEARCH_API_KEY and
    ELASTICSEARCH_CA_CERTS when it needs them) and an index prefix of this test's own; every
    index under the prefix is deleted after."""
    client = connect(os.environ["ELASTICSEARCH_URL"],
                     api_key=os.environ.get("ELASTICSEARCH_API_KEY"),
                     ca_certs=os.environ.get("ELASTICSEARCH_CA_CERTS"))
    prefix = f"govcat-test-{uuid.uuid4().hex[:10]}"
    try:
        yield client, prefix
    finally:
        # by name: clusters refuse wildcard deletes unless told otherwise
        for name in client.indices.get_alias(index=f"{prefix}-*"):
            client.indices.delete(index=name)
        client.close()


class Script:
    """A responder answering from a list of replies in turn, keeping the requests."""

    def __init__(self, *replies: Reply | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Reply:
        self.requests.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply


# -- the fake cluster ---------------------------------------------------------------------------


def error(status: int, kind: str, reason: str = "") -> Reply:
    """An error reply shaped as Elasticsearch's."""
    cause = {"type": kind, "reason": reason or kind}
    return Reply(status, {"error": {"root_cause": [cause], **cause}, "status": status})


@dataclass
class Index:
    """One index: its settings, mappings, aliases and documents (id -> source)."""

    settings: dict[str, Any]
    mappings: dict[str, Any]
    aliases: set[str] = field(default_factory=set)
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)


class FakeCluster:
    """An in-memory Elasticsearch 8 behind the scripted node; every request is kept."""

    def __init__(self) -> None:
        self.closed_nodes: list[str] = []  # base URLs of the nodes the client closed
        self.indices: dict[str, Index] = {}
        self.requests: list[Request] = []
        self.fail: Callable[[Request], Reply | None] | None = None  # a test's fault injection
        self._lock = threading.RLock()

    def __call__(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.fail is not None and (reply := self.fail(request)) is not None:
                return reply
            return self._route(request)

    def aliases(self) -> dict[str, list[str]]:
        """alias -> the indices it points to."""
        found: dict[str, list[str]] = {}
        for name, index in sorted(self.indices.items()):
            for alias in index.aliases:
                found.setdefault(alias, []).append(name)
        return found

    # -- routing -------------------------------------------------------------------------------

    def _route(self, r: Request) -> Reply:
        parts = [part for part in r.path.split("/") if part]
        method = r.method
        if parts == ["_aliases"] and method == "POST":
            return self._update_aliases(r.body["actions"])
        if parts == ["_bulk"] and method in ("PUT", "POST"):
            return self._bulk(r.body, r.params)
        if len(parts) == 2 and parts[0] == "_alias" and method == "GET":
            return self._get_alias_by_name(parts[1])
        if len(parts) == 1 and method == "PUT":
            return self._create(parts[0], r.body or {})
        if len(parts) == 1 and method == "DELETE":
            return self._delete_index(parts[0])
        if len(parts) == 2 and parts[1] == "_alias" and method == "GET":
            return self._get_alias_by_index(parts[0])
        if len(parts) == 2 and parts[1] == "_mapping" and method == "GET":
            return self._get_mapping(parts[0])
        if len(parts) == 2 and parts[1] == "_settings" and method == "PUT":
            return self._put_settings(parts[0], r.body)
        if len(parts) == 2 and parts[1] == "_refresh" and method == "POST":
            return self._with_index(parts[0], lambda _n, _i: Reply(200, {"_shards": {}}))
        if len(parts) == 2 and parts[1] == "_count" and method in ("GET", "POST"):
            return self._with_index(parts[0], lambda _n, i: Reply(200, {"count": len(i.docs)}))
        if len(parts) == 2 and parts[1] == "_search" and method in ("GET", "POST"):
            return self._search(parts[0], r.body or {})
        if len(parts) == 3 and parts[1] == "_doc" and method == "PUT":
            return self._index_doc(parts[0], parts[2], r.body, r.params)
        if len(parts) == 3 and parts[1] == "_doc" and method == "DELETE":
            return self._delete_doc(parts[0], parts[2])
        raise AssertionError(f"the fake cluster does not know {method} {r.path}")

    def _resolve(self, target: str) -> list[str]:
        """The concrete indices an index name, alias or pattern names."""
        names = [n for n in self.indices if fnmatch.fnmatchcase(n, target)]
        names += [n for n, index in self.indices.items() if target in index.aliases]
        return sorted(set(names))

    def _with_index(self, target: str, action: Callable[[str, Index], Reply]) -> Reply:
        names = self._resolve(target)
        if not names:
            return error(404, "index_not_found_exception", f"no such index [{target}]")
        assert len(names) == 1, f"{target} names several indices"
        return action(names[0], self.indices[names[0]])

    # -- indices and aliases -------------------------------------------------------------------

    def _create(self, name: str, body: dict[str, Any]) -> Reply:
        if name in self.indices:
            return error(400, "resource_already_exists_exception", f"index [{name}] exists")
        for alias in body.get("aliases", {}):
            if alias in self.indices:
                return error(400, "invalid_alias_name_exception", f"[{alias}] is an index")
        body = json.loads(json.dumps(body))  # its own copy: the request stays as it was sent
        self.indices[name] = Index(body.get("settings", {}), body.get("mappings", {}),
                                   set(body.get("aliases", {})))
        return Reply(200, {"acknowledged": True, "shards_acknowledged": True, "index": name})

    def _delete_index(self, name: str) -> Reply:
        if name not in self.indices:
            return error(404, "index_not_found_exception", f"no such index [{name}]")
        del self.indices[name]
        return Reply(200, {"acknowledged": True})

    def _get_mapping(self, target: str) -> Reply:
        names = self._resolve(target)
        if not names:
            return error(404, "index_not_found_exception", f"no such index [{target}]")
        return Reply(200, {n: {"mappings": self.indices[n].mappings} for n in names})

    def _get_alias_by_name(self, alias: str) -> Reply:
        found = {n: {"aliases": {alias: {}}} for n, i in self.indices.items() if alias in i.aliases}
        if not found:
            return Reply(404, {"error": f"alias [{alias}] missing", "status": 404})
        return Reply(200, found)

    def _get_alias_by_index(self, pattern: str) -> Reply:
        names = [n for n in self.indices if fnmatch.fnmatchcase(n, pattern)]
        if not names and "*" not in pattern:
            return error(404, "index_not_found_exception", f"no such index [{pattern}]")
        return Reply(200, {n: {"aliases": {a: {} for a in sorted(self.indices[n].aliases)}}
                           for n in sorted(names)})

    def _put_settings(self, target: str, body: dict[str, Any]) -> Reply:
        def update(_name: str, index: Index) -> Reply:
            for key, value in body.get("index", body).items():
                if value is None:
                    index.settings.pop(key, None)
                else:
                    index.settings[key] = value
            return Reply(200, {"acknowledged": True})

        return self._with_index(target, update)

    def _update_aliases(self, actions: list[dict[str, Any]]) -> Reply:
        # all or nothing, as Elasticsearch does
        plan = []
        for action in actions:
            (kind, spec), = action.items()
            if spec["index"] not in self.indices:
                return error(404, "index_not_found_exception", f"no such index [{spec['index']}]")
            if kind == "add" and spec["alias"] in self.indices:
                return error(400, "invalid_alias_name_exception", "an index has that name")
            if kind == "remove" and spec["alias"] not in self.indices[spec["index"]].aliases:
                return error(404, "aliases_not_found_exception", "alias missing")
            plan.append((kind, spec["index"], spec["alias"]))
        for kind, index, alias in plan:
            getattr(self.indices[index].aliases, "add" if kind == "add" else "discard")(alias)
        return Reply(200, {"acknowledged": True})

    # -- documents -----------------------------------------------------------------------------

    def _index_doc(self, target: str, doc_id: str, source: dict[str, Any],
                   params: dict[str, str]) -> Reply:
        if params.get("require_alias") == "true" and not any(
                target in index.aliases for index in self.indices.values()):
            return error(404, "index_not_found_exception",
                         f"no such index [{target}] and [require_alias] request flag is [true]")
        return self._with_index(target, lambda name, index: self._store(name, index, doc_id,
                                                                       source))

    def _store(self, name: str, index: Index, doc_id: str, source: dict[str, Any]) -> Reply:
        unknown = set(source) - set(index.mappings.get("properties", {}))
        if index.mappings.get("dynamic") == "strict" and unknown:
            return error(400, "strict_dynamic_mapping_exception", f"field {sorted(unknown)}")
        result = "updated" if doc_id in index.docs else "created"
        index.docs[doc_id] = json.loads(json.dumps(source))
        return Reply(201 if result == "created" else 200,
                     {"_index": name, "_id": doc_id, "result": result})

    def _delete_doc(self, target: str, doc_id: str) -> Reply:
        def delete(name: str, index: Index) -> Reply:
            if index.docs.pop(doc_id, None) is None:
                return Reply(404, {"_index": name, "_id": doc_id, "result": "not_found"})
            return Reply(200, {"_index": name, "_id": doc_id, "result": "deleted"})

        return self._with_index(target, delete)

    def _bulk(self, lines: list[dict[str, Any]], params: dict[str, str]) -> Reply:
        items, rest = [], iter(lines)
        for action in rest:
            (kind, meta), = action.items()
            assert kind in ("index", "delete"), f"the fake bulk API takes no {kind} actions"
            source = next(rest) if kind == "index" else None  # an index action's next line
            name = meta.get("_index") or params["index"]
            if params.get("require_alias") == "true" and not any(
                    name in index.aliases for index in self.indices.values()):
                reply = error(404, "index_not_found_exception", f"no such index [{name}]")
            elif source is not None:
                reply = self._with_index(name, lambda n, i, m=meta, s=source:
                                         self._store(n, i, m["_id"], s))
            else:
                reply = self._delete_doc(name, meta["_id"])
            item = {"_index": name, "_id": meta["_id"], "status": reply.status}
            item.update({"result": reply.body["result"]} if "result" in reply.body
                        else {"error": reply.body["error"]})
            items.append({kind: item})
        errors = any("error" in item for entry in items for item in entry.values())
        return Reply(200, {"took": 1, "errors": errors, "items": items})

    # -- search --------------------------------------------------------------------------------

    def _search(self, target: str, body: dict[str, Any]) -> Reply:
        if body.get("from", 0) + body.get("size", 10) > 10_000:  # index.max_result_window
            return error(400, "search_phase_execution_exception", "Result window is too large")
        return self._with_index(target, lambda name, index: Reply(
            200, Searcher(name, index).run(body)))


# -- the query engine -------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_STANDARD = re.compile(rf"[{_HAN}]|(?:[^\W_{_HAN}])+(?:[.'](?:[^\W_{_HAN}])+)*")
_CJK_STOP = frozenset({
    "a", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
    "not", "of", "on", "or", "s", "such", "t", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "will", "with", "www",
})
_STEMMER = snowballstemmer.stemmer("porter")
K1, B = 1.2, 0.75


def analyze(analyzer: str, text: str) -> list[str]:
    """The tokens of text under the analyzers govcat's mapping uses."""
    if analyzer == "cjk":
        return _cjk(text)
    assert analyzer == "govcat_words", analyzer
    return [_STEMMER.stemWord(token.lower()) for token in text.split()]


def _cjk(text: str) -> list[str]:
    """Standard tokenizer, width folding, lower case, cjk_bigram, English stop words."""
    found = [(m.group(0).lower(), m.start(), m.end())
             for m in _STANDARD.finditer(unicodedata.normalize("NFKC", text))]
    tokens: list[str] = []
    run: list[tuple[str, int, int]] = []

    def flush() -> None:
        if len(run) == 1:
            tokens.append(run[0][0])
        tokens.extend(a[0] + b[0] for a, b in zip(run, run[1:], strict=False))
        run.clear()

    for token in found:
        if re.fullmatch(f"[{_HAN}]", token[0]):
            if run and run[-1][2] != token[1]:
                flush()
            run.append(token)
            continue
        flush()
        if token[0] not in _CJK_STOP:
            tokens.append(token[0])
    flush()
    return tokens


class Searcher:
    """Runs one search request against one index."""

    def __init__(self, name: str, index: Index) -> None:
        self.name = name
        self.index = index
        self.docs = index.docs
        self._stats: dict[str, tuple[dict[str, list[str]], float]] = {}

    def run(self, body: dict[str, Any]) -> dict[str, Any]:
        unknown = set(body) - {"query", "sort", "from", "size", "track_total_hits", "_source",
                               "aggs", "search_after"}
        assert not unknown, f"the fake search does not know {unknown}"
        start, size = body.get("from", 0), body.get("size", 10)
        scored = {doc_id: score for doc_id in self.docs
                  if (score := self._score(body.get("query", {"match_all": {}}), doc_id))
                  is not None}
        order = sorted(scored, key=lambda d: self._sort_key(body.get("sort", ["_score"]), d,
                                                            scored[d]))
        if "search_after" in body:
            after = tuple(body["search_after"])
            order = [d for d in order
                     if self._sort_values(body["sort"], d, scored[d]) > after]
        hits = []
        for doc_id in order[start:start + size]:
            hit: dict[str, Any] = {"_index": self.name, "_id": doc_id, "_score": scored[doc_id],
                                   "sort": list(self._sort_values(body.get("sort", ["_score"]),
                                                                  doc_id, scored[doc_id]))}
            wanted = body.get("_source", True)
            if wanted is True:
                hit["_source"] = self.docs[doc_id]
            elif isinstance(wanted, list):
                hit["_source"] = {k: v for k, v in self.docs[doc_id].items() if k in wanted}
            hits.append(hit)
        result: dict[str, Any] = {"took": 1, "timed_out": False, "hits": {"hits": hits}}
        track = body.get("track_total_hits", 10_000)
        if track is True:
            result["hits"]["total"] = {"value": len(scored), "relation": "eq"}
        elif track is not False:
            result["hits"]["total"] = {"value": min(len(scored), track),
                                       "relation": "eq" if len(scored) <= track else "gte"}
        if "aggs" in body:
            result["aggregations"] = {name: self._terms(spec, scored)
                                      for name, spec in body["aggs"].items()}
        return result

    # -- matching and scoring ------------------------------------------------------------------

    def _score(self, query: dict[str, Any], doc_id: str) -> float | None:
        """The document's score under the query, None when it does not match."""
        (kind, spec), = query.items()
        if kind == "match_all":
            return 1.0
        if kind == "bool":
            return self._bool(spec, doc_id)
        if kind == "multi_match":
            return self._multi_match(spec, doc_id)
        if kind == "match_phrase":
            (path, phrase), = spec.items()
            return self._phrase(path, phrase["query"], float(phrase.get("boost", 1)), doc_id)
        if kind == "terms":
            (path, values), = spec.items()
            return 0.0 if set(_values(self.docs[doc_id], path)) & set(values) else None
        if kind == "range":
            (path, bounds), = spec.items()
            return self._range(path, bounds, doc_id)
        raise AssertionError(f"the fake search does not know the query {kind}")

    def _bool(self, spec: dict[str, Any], doc_id: str) -> float | None:
        unknown = set(spec) - {"must", "filter", "should", "minimum_should_match"}
        assert not unknown, unknown
        total = 0.0
        for clause in spec.get("must", []):
            score = self._score(clause, doc_id)
            if score is None:
                return None
            total += score
        for clause in spec.get("filter", []):
            if self._score(clause, doc_id) is None:
                return None
        should = [self._score(clause, doc_id) for clause in spec.get("should", [])]
        matched = [score for score in should if score is not None]
        wanted = spec.get("minimum_should_match", 0 if spec.get("must") or spec.get("filter")
                          else 1 if should else 0)
        if len(matched) < wanted:
            return None
        return total + sum(matched)

    def _multi_match(self, spec: dict[str, Any], doc_id: str) -> float | None:
        if spec.get("type") == "phrase_prefix":
            return self._phrase_prefix(spec, doc_id)
        assert spec.get("type") == "most_fields" and spec.get("operator") == "and", spec
        total, matched = 0.0, False
        for entry in spec["fields"]:
            path, _, boost = entry.partition("^")
            field_score = self._match(path, spec["query"], doc_id)
            if field_score is not None:
                matched = True
                total += field_score * float(boost or 1)
        return total if matched else None

    def _phrase_prefix(self, spec: dict[str, Any], doc_id: str) -> float | None:
        """1 when a field holds the analysed text's terms in a row, the last one started."""
        for entry in spec["fields"]:
            path = entry.partition("^")[0]
            analyzer = self._analyzer(path)
            terms = analyze(analyzer, spec["query"])
            tokens = self._field_stats(path, analyzer)[0].get(doc_id, [])
            for start in range(len(tokens) - len(terms) + 1 if terms else 0):
                window = tokens[start:start + len(terms)]
                if window[:-1] == terms[:-1] and window[-1].startswith(terms[-1]):
                    return 1.0
        return None

    def _phrase(self, path: str, text: str, boost: float, doc_id: str) -> float | None:
        """The field's BM25 of the terms, times boost, when it holds them in a row."""
        analyzer = self._analyzer(path)
        terms = analyze(analyzer, text)
        tokens = self._field_stats(path, analyzer)[0].get(doc_id, [])
        if not terms or not any(tokens[start:start + len(terms)] == terms
                                for start in range(len(tokens) - len(terms) + 1)):
            return None
        score = self._match(path, text, doc_id)
        return None if score is None else score * boost

    def _match(self, path: str, text: str, doc_id: str) -> float | None:
        """BM25 of a field when it holds every term of the analysed text."""
        analyzer = self._analyzer(path)
        terms = analyze(analyzer, text)
        if not terms:
            return None
        docs_tokens, average = self._field_stats(path, analyzer)
        tokens = docs_tokens.get(doc_id, [])
        if not all(term in tokens for term in terms):
            return None
        holders = len(docs_tokens)
        score = 0.0
        for term in terms:
            having = sum(1 for toks in docs_tokens.values() if term in toks)
            idf = math.log(1 + (holders - having + 0.5) / (having + 0.5))
            freq = tokens.count(term)
            score += idf * freq * (K1 + 1) / (freq + K1 * (1 - B + B * len(tokens) / average))
        return score

    def _mapping(self, path: str) -> dict[str, Any]:
        """The mapping of a dotted path: object properties or a field's sub-fields."""
        mapping: dict[str, Any] = {"properties": self.index.mappings["properties"]}
        for part in path.split("."):
            mapping = mapping.get("properties", mapping.get("fields", {}))[part]
        return mapping

    def _analyzer(self, path: str) -> str:
        mapping = self._mapping(path)
        assert mapping["type"] == "text", f"{path} is not a text field"
        return mapping["analyzer"]

    def _field_stats(self, path: str, analyzer: str) -> tuple[dict[str, list[str]], float]:
        """Each document's tokens of a field (documents with the field only), average length."""
        if path not in self._stats:
            texts = {doc_id: " ".join(_values(source, path)) for doc_id, source in
                     self.docs.items()}
            tokens = {doc_id: analyze(analyzer, text) for doc_id, text in texts.items()}
            tokens = {doc_id: toks for doc_id, toks in tokens.items() if toks}
            average = sum(map(len, tokens.values())) / len(tokens) if tokens else 1.0
            self._stats[path] = (tokens, average)
        return self._stats[path]

    def _range(self, path: str, bounds: dict[str, str], doc_id: str) -> float | None:
        value = _millis(self.docs[doc_id].get(path))
        if value is None:
            return None
        if "gte" in bounds and value < _millis(bounds["gte"]):  # type: ignore[operator]
            return None
        if "lte" in bounds and value > _millis(bounds["lte"]):  # type: ignore[operator]
            return None
        return 0.0

    # -- sorting and aggregations --------------------------------------------------------------

    def _sort_values(self, sort: list[Any], doc_id: str, score: float) -> tuple[Any, ...]:
        values: list[Any] = []
        for entry in sort:
            if entry == "_score":
                values.append(score)
                continue
            (path, how), = entry.items()
            value = self._doc_value(path, doc_id)
            values.append(value)
        return tuple(values)

    def _sort_key(self, sort: list[Any], doc_id: str, score: float) -> tuple[Any, ...]:
        key: list[Any] = []
        for entry, value in zip(sort, self._sort_values(sort, doc_id, score), strict=True):
            if entry == "_score":
                key.append((0, _Reverse(value)))
                continue
            (_path, how), = entry.items()
            order = how if isinstance(how, str) else how.get("order", "asc")
            missing = "_last" if isinstance(how, str) else how.get("missing", "_last")
            if value is None:
                key.append((0 if missing == "_first" else 2, 0))
            else:
                key.append((1, value if order == "asc" else _Reverse(value)))
        return tuple(key)

    def _doc_value(self, path: str, doc_id: str) -> Any:
        if path == "modified":
            return _millis(self.docs[doc_id].get("modified"))
        mapping = self._mapping(path)
        assert mapping["type"] in ("keyword", "long"), f"cannot sort on {path}"
        value = self.docs[doc_id].get(path)
        if isinstance(value, str) and len(value) > mapping.get("ignore_above", 1 << 30):
            return None
        return value

    def _terms(self, spec: dict[str, Any], scored: dict[str, float]) -> dict[str, Any]:
        terms = spec["terms"]
        assert terms["order"] == [{"_count": "desc"}, {"_key": "asc"}], terms
        counts: dict[str, int] = {}
        for doc_id in scored:
            for value in set(_values(self.docs[doc_id], terms["field"])):
                counts[value] = counts.get(value, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].encode("utf-8")))
        return {"buckets": [{"key": key, "doc_count": count}
                            for key, count in ranked[:terms["size"]]]}


class _Reverse:
    """Wraps a value so that it sorts in reverse."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reverse) -> bool:
        return other.value < self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reverse) and other.value == self.value


def _values(source: dict[str, Any], path: str) -> Iterable[str]:
    """The keyword values at a dotted path (a scalar or an array)."""
    value: Any = source
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ()
    return value if isinstance(value, list) else (value,)


def _millis(text: Any) -> int | None:
    """A date as epoch milliseconds (naive is UTC), None when it is no date (ignore_malformed)."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)
