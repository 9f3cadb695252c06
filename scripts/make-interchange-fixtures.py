#!/usr/bin/python3
"""Writes the networks analysts bring from NetworkX, as NetworkX writes them.

Les Misérables, Zachary's karate club and the Florentine families, each as
node-link JSON (the links under "edges", as node_link_data writes them since
NetworkX 3.4), GraphML and GEXF, into tests/fixtures/interchange/. The files
are committed: the tests read them and never run this script.

Run with Debian's Python and python3-networkx:
    /usr/bin/python3 scripts/make-interchange-fixtures.py
"""

import json
import pathlib

import networkx as nx

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "interchange"

NETWORKS = {
    "les-miserables": nx.les_miserables_graph,
    "karate-club": nx.karate_club_graph,
    "florentine-families": nx.florentine_families_graph,
}


def node_link(graph):
    """node_link_data with the links under "edges", on any NetworkX since 2.8."""
    try:
        return nx.node_link_data(graph, edges="edges")
    except TypeError:  # before 3.4, the key was named by `link`
        return nx.node_link_data(graph, link="edges")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in NETWORKS.items():
        graph = make()
        with open(OUT / f"{name}.json", "w", encoding="utf-8") as file:
            json.dump(node_link(graph), file, ensure_ascii=False, indent=1)
            file.write("\n")
        nx.write_graphml(graph, OUT / f"{name}.graphml")
        nx.write_gexf(graph, OUT / f"{name}.gexf")
        print(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
