// The big screen's live updates: one EventSource on /rounds/{code}/live/events. Every event is the whole board, so
// the page is redrawn from it; the browser reconnects by itself (sending Last-Event-ID), and when it gives up (the
// stream answered with an error) this script opens a new one after a growing pause, naming the last revision it drew.
(function () {
    'use strict';

    var board = document.querySelector('[data-live-board]');
    if (!board || !window.EventSource) {
        return;
    }

    var texts = document.getElementById('live-texts');
    var lastId = board.getAttribute('data-revision') || '';
    var pause = 1000;
    var connections = 0;
    var source = null;

    function text(key, fallback) {
        var node = texts && texts.content.querySelector('[data-key="' + key + '"]');
        return node ? node.textContent : fallback;
    }

    function field(name) {
        return board.querySelector('[data-field="' + name + '"]');
    }

    function setText(node, value) {
        if (node && node.textContent !== value) {
            node.textContent = value;
        }
    }

    function setConnection(state) {
        board.setAttribute('data-connection', state);
        setText(board.querySelector('[data-connection-text]'), text('connection.' + state, state));
    }

    function span(className, value) {
        var node = document.createElement('span');
        node.className = className;
        node.textContent = value;
        return node;
    }

    function row(entry, topRanks, previous) {
        var ranked = entry.rank > 0;
        var item = document.createElement('li');
        item.className = 'live-row' + (ranked && topRanks > 0 && entry.rank <= topRanks ? ' is-top' : '') + (ranked ? '' : ' is-pending');
        item.setAttribute('data-entry', entry.code);
        item.setAttribute('data-status', entry.status);
        item.appendChild(span('live-row__rank', ranked ? String(entry.rank) : '\u2014'));
        var name = span('live-row__name', '');
        name.appendChild(span('live-row__title', entry.title));
        name.appendChild(span('live-row__place', entry.community + ' \u00b7 ' + entry.district));
        item.appendChild(name);
        item.appendChild(span('live-row__score', entry.score || text('status.' + entry.status, '')));
        item.appendChild(span('live-row__panel', entry.submitted + '/' + entry.expected));
        var before = previous[entry.code];
        if (before !== undefined && before !== entry.score + '|' + entry.submitted) {
            item.classList.add('is-changed');
        }
        return item;
    }

    function render(data) {
        board.setAttribute('data-revision', String(data.revision));
        board.setAttribute('data-ledger', String(data.ledgerSequence));
        board.setAttribute('data-state', data.state);
        setText(field('stageTitle'), data.stageTitle);
        setText(field('stateText'), text('state.' + data.state, data.state));
        setText(field('submitted'), String(data.submitted));
        setText(field('expected'), String(data.expected));
        var updated = field('updated');
        if (updated) {
            updated.setAttribute('datetime', data.computedUtc);
            setText(updated, new Date(data.computedUtc).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }));
        }
        var bar = board.querySelector('[data-bar]');
        if (bar) {
            bar.setAttribute('width', String(data.expected > 0 ? Math.round(1000 * data.submitted / data.expected) : 0));
        }

        var judges = board.querySelector('[data-judges]');
        if (judges) {
            var judgeItems = document.createDocumentFragment();
            data.judges.forEach(function (judge) {
                var item = document.createElement('li');
                item.className = 'live-judge' + (judge.assigned > 0 && judge.submitted >= judge.assigned ? ' is-done' : '');
                item.setAttribute('data-judge', judge.name);
                item.appendChild(span('live-judge__name', judge.name));
                item.appendChild(span('live-judge__count', judge.submitted + '/' + judge.assigned));
                judgeItems.appendChild(item);
            });
            judges.replaceChildren(judgeItems);
        }

        var list = board.querySelector('[data-entries]');
        if (list) {
            var previous = {};
            Array.prototype.forEach.call(list.children, function (item) {
                var score = item.querySelector('.live-row__score');
                var panel = item.querySelector('.live-row__panel');
                previous[item.getAttribute('data-entry')] = (item.classList.contains('is-pending') ? '' : score.textContent) + '|' + panel.textContent.split('/')[0];
            });
            var rows = document.createDocumentFragment();
            data.entries.forEach(function (entry) {
                rows.appendChild(row(entry, data.topRanks, previous));
            });
            list.replaceChildren(rows);
        }
    }

    function connect() {
        var url = board.getAttribute('data-events');
        source = new EventSource(lastId ? url + '?lastEventId=' + encodeURIComponent(lastId) : url);
        source.addEventListener('open', function () {
            connections += 1;
            pause = 1000;
            board.setAttribute('data-connections', String(connections));
            setConnection('live');
        });
        source.addEventListener('board', function (event) {
            lastId = event.lastEventId || lastId;
            var data = JSON.parse(event.data);
            render(data);
            if (!data.live) {
                source.close();
                setConnection('ended');
            }
        });
        source.addEventListener('error', function () {
            if (source.readyState === EventSource.CLOSED) {
                // The browser gave up on this stream (an error answer): open a new one, later each time.
                setConnection('offline');
                window.setTimeout(connect, pause);
                pause = Math.min(pause * 2, 30000);
            } else {
                setConnection('reconnecting');
            }
        });
    }

    connect();
}());
