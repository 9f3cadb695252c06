#!/usr/bin/python3
"""Reads network files as the field's own tools do, for the export tests.

Takes on stdin a JSON list of cases, each {"format": "graphml" | "gexf",
"text": ...}, and prints a JSON list with, for each case: the problems the
published schema finds (GraphML 1.1 XSD, Gephi's GEXF 1.3 RelaxNG, both
shipped in tests/fixtures/schemas), and the network as NetworkX reads it
(read_graphml, read_gexf) and, for GraphML, as igraph reads it
(Read_GraphML): directed or not, nodes, edges with their ends in order, and
attributes; or the error the reader raised. One process for many cases, so
that a test spawns Python once.
"""

import io
import json
import os
import sys
import tempfile

import igraph
import networkx as nx
from lxml import etree

SCHEMAS = os.path.join(os.path.dirname(__file__), "..", "fixtures", "schemas")


def schema_for(file_format):
    if file_format == "graphml":
        return etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, "graphml-1.1", "graphml.xsd")))
    return etree.RelaxNG(etree.parse(os.path.join(SCHEMAS, "gexf-1.3", "gexf.rng")))


def teach_networkx_gexf_13():
    """NetworkX before 3.0 knows GEXF up to 1.2draft; 3.x reads 1.3 with
    these namespaces and the 1.2 rules, as this does for Debian's 2.8."""
    versions = nx.readwrite.gexf.GEXF.versions
    if "1.3" not in versions:
        versions["1.3"] = dict(
            versions["1.2draft"],
            NS_GEXF="http://gexf.net/1.3",
            NS_VIZ="http://gexf.net/1.3/viz",
            SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            VERSION="1.2",
        )


def plain(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def read_networkx(file_format, data):
    stream = io.BytesIO(data)
    if file_format == "graphml":
        network = nx.read_graphml(stream)
    else:
        network = nx.read_gexf(stream, version="1.3")
    # NetworkX makes a simple graph of a file without parallel edges, keyless.
    edges = (
        network.edges(keys=True, data=True)
        if network.is_multigraph()
        else ((s, t, None, attrs) for s, t, attrs in network.edges(data=True))
    )
    return {
        "directed": network.is_directed(),
        "multigraph": network.is_multigraph(),
        "graph": plain(network.graph),
        "nodes": [{"id": str(node), "data": plain(attrs)} for node, attrs in network.nodes(data=True)],
        "edges": [
            {"source": str(s), "target": str(t), "key": plain(k), "data": plain(attrs)}
            for s, t, k, attrs in edges
        ],
    }


def read_igraph(data):
    with tempfile.NamedTemporaryFile(suffix=".graphml") as file:
        file.write(data)
        file.flush()
        network = igraph.Graph.Read_GraphML(file.name)
    ids = network.vs["id"]
    return {
        "directed": network.is_directed(),
        "nodes": [{"id": vertex["id"], "data": plain(vertex.attributes())} for vertex in network.vs],
        "edges": [
            {"source": ids[edge.source], "target": ids[edge.target], "data": plain(edge.attributes())}
            for edge in network.es
        ],
    }


def attempt(read):
    try:
        return read()
    except Exception as error:  # the reader's own refusal is what the test shows
        return {"error": f"{type(error).__name__}: {error}"}


def read_case(case, schemas):
    file_format = case["format"]
    data = case["text"].encode("utf-8")
    schema = schemas.setdefault(file_format, schema_for(file_format))
    try:
        document = etree.parse(io.BytesIO(data))
        schema.validate(document)
        problems = [f"line {e.line}: {e.message}" for e in schema.error_log]
    except etree.XMLSyntaxError as error:
        problems = [f"not XML: {error}"]
    result = {"schemaProblems": problems, "networkx": attempt(lambda: read_networkx(file_format, data))}
    if file_format == "graphml":
        result["igraph"] = attempt(lambda: read_igraph(data))
    return result


def main():
    teach_networkx_gexf_13()
    cases = json.load(sys.stdin)
    schemas = {}
    json.dump([read_case(case, schemas) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
