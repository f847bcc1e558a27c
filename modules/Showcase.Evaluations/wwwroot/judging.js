// The judge's scorecard: autosave of drafts, and scores that survive a dropped connection.
// What the judge enters is kept in localStorage first; a submission is queued with an idempotency key made here,
// sent as soon as the network allows, and sent again with the same key until the server answers, so a retry never
// stores twice. Without this script the form posts as a plain form and everything still works.
(function () {
    'use strict';
    var form = document.querySelector('form[data-scorecard]');
    if (!form || !window.fetch || !window.localStorage) {
        return;
    }

    var status = document.getElementById('scorecard-status');
    var storageKey = form.dataset.storageKey;
    var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-criterion]'));
    var comment = form.querySelector('textarea[name="comment"]');
    var stage = form.querySelector('input[name="stage"]').value;
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    var submitButton = form.querySelector('[data-submit]');
    var total = form.querySelector('[data-total]');
    var draftUrl = form.dataset.draftUrl;
    var submitUrl = form.getAttribute('action');
    var state = load();
    var draftTimer = null;
    var retryTimer = null;
    var sending = false;
    var submitted = 0;

    function load() {
        try {
            return JSON.parse(localStorage.getItem(storageKey)) || {};
        } catch (e) {
            return {};
        }
    }

    function store() {
        try {
            localStorage.setItem(storageKey, JSON.stringify(state));
        } catch (e) {
            // Storage full or off: the form still posts; the status says what is saved.
        }
    }

    function current() {
        var values = {};
        inputs.forEach(function (input) { values[input.name] = input.value; });
        return values;
    }

    function same(a, b) {
        if (!a || !b) {
            return false;
        }
        return Object.keys(a).every(function (k) { return a[k] === b[k]; }) && Object.keys(b).every(function (k) { return a[k] === b[k]; });
    }

    function text(name, argument) {
        var template = status.getAttribute('data-text-' + name) || '';
        return template.replace('{0}', argument === undefined || argument === null ? '' : argument);
    }

    function show(kind, message) {
        var span = document.createElement('span');
        span.setAttribute('data-state', kind);
        span.textContent = message;
        status.replaceChildren(span);
        status.className = 'save-status save-status--' + kind;
    }

    function newKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    function fill(values, commentText) {
        inputs.forEach(function (input) {
            if (values && Object.prototype.hasOwnProperty.call(values, input.name)) {
                input.value = values[input.name];
            }
        });
        if (comment && typeof commentText === 'string') {
            comment.value = commentText;
        }
        updateTotal();
    }

    function updateTotal() {
        if (!total) {
            return;
        }
        var sum = 0;
        var complete = true;
        inputs.forEach(function (input) {
            var value = parseFloat(input.value);
            if (isNaN(value)) {
                complete = false;
            } else {
                sum += value * parseFloat(input.dataset.weight || '1');
            }
        });
        total.textContent = complete ? String(Math.round(sum * 100) / 100) : '—';
    }

    function markInvalid(criterion) {
        inputs.forEach(function (input) {
            var invalid = criterion && input.dataset.criterion === criterion;
            if (invalid) {
                input.setAttribute('aria-invalid', 'true');
                input.closest('.criterion').classList.add('criterion--invalid');
            } else {
                input.removeAttribute('aria-invalid');
                input.closest('.criterion').classList.remove('criterion--invalid');
            }
        });
    }

    function body(values, commentText, extra) {
        var data = new FormData();
        if (token) {
            data.append('__RequestVerificationToken', token.value);
        }
        data.append('stage', stage);
        Object.keys(values).forEach(function (name) { data.append(name, values[name]); });
        data.append('comment', commentText || '');
        Object.keys(extra || {}).forEach(function (name) { data.append(name, extra[name]); });
        return data;
    }

    function post(url, data) {
        return fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (json) {
                    return { status: response.status, ok: response.ok, json: json };
                });
            });
    }

    function scheduleRetry() {
        if (!retryTimer) {
            retryTimer = window.setTimeout(function () {
                retryTimer = null;
                flush();
            }, 5000);
        }
    }

    // Sends the queued submission, if any, with its own key; a network failure keeps it queued for the next try.
    function flush() {
        var pending = state.pending;
        if (!pending || sending) {
            return;
        }
        sending = true;
        show('sending', text('sending'));
        post(submitUrl, body(pending.fields, pending.comment, { idempotencyKey: pending.key }))
            .then(function (answer) {
                if (answer.status >= 500) {
                    throw new Error('server ' + answer.status);
                }
                state.pending = null;
                if (answer.ok) {
                    state.dirty = !same(pending.fields, current());
                    state.fields = current();
                    store();
                    markInvalid(null);
                    form.dataset.submitted = 'true';
                    if (submitButton && submitButton.dataset.textAmend) {
                        submitButton.textContent = submitButton.dataset.textAmend;
                    }
                    show('saved', text('saved', answer.json.message || ''));
                } else {
                    store();
                    markInvalid(answer.json.criterion || null);
                    var message = (answer.json.message || ('HTTP ' + answer.status)) + (answer.json.detail ? ' (' + answer.json.detail + ')' : '');
                    show('failed', text('failed', message));
                }
            })
            .catch(function () {
                show('waiting', text('waiting'));
                scheduleRetry();
            })
            .then(function () {
                sending = false;
            });
    }

    function saveDraft() {
        draftTimer = null;
        if (state.pending || !state.dirty) {
            return;
        }
        var values = state.fields || current();
        var submissions = submitted;
        var filled = {};
        Object.keys(values).forEach(function (name) {
            if (values[name] !== '') {
                filled[name] = values[name];
            }
        });
        post(draftUrl, body(filled, state.comment))
            .then(function (answer) {
                if (answer.status >= 500) {
                    throw new Error('server ' + answer.status);
                }
                // A submission made meanwhile has the last word on what the status says.
                if (submissions !== submitted || state.pending) {
                    return;
                }
                if (answer.ok) {
                    if (same(values, current())) {
                        state.dirty = false;
                        store();
                    }
                    show('draft', text('draft', new Date().toLocaleTimeString()));
                } else {
                    show('failed', text('failed', answer.json.message || ('HTTP ' + answer.status)));
                }
            })
            .catch(function () {
                if (submissions === submitted && !state.pending) {
                    show('offline', text('offline'));
                }
            });
    }

    function changed() {
        updateTotal();
        state.fields = current();
        state.comment = comment ? comment.value : '';
        state.dirty = true;
        store();
        if (!state.pending) {
            show('local', text(form.dataset.submitted === 'true' ? 'unsaved' : 'local'));
        }
        window.clearTimeout(draftTimer);
        draftTimer = window.setTimeout(saveDraft, 800);
    }

    form.addEventListener('input', changed);

    form.addEventListener('submit', function (event) {
        if (event.submitter && event.submitter.hasAttribute('data-save-draft')) {
            event.preventDefault();
            state.dirty = true;
            saveDraft();
            return;
        }
        event.preventDefault();
        submitted++;
        var values = current();
        var commentText = comment ? comment.value : '';
        // The same scores sent again (a second tap while waiting) keep their key; other scores are a new submission.
        if (!state.pending || !same(state.pending.fields, values) || state.pending.comment !== commentText) {
            state.pending = { key: newKey(), fields: values, comment: commentText };
        }
        state.fields = values;
        state.comment = commentText;
        store();
        window.clearTimeout(draftTimer);
        flush();
    });

    window.addEventListener('online', function () {
        flush();
        if (state.dirty && !state.pending) {
            saveDraft();
        }
    });

    window.addEventListener('offline', function () {
        if (state.pending) {
            show('waiting', text('waiting'));
        } else if (state.dirty) {
            show('offline', text('offline'));
        }
    });

    // What this browser kept and did not get through last time wins over what the server rendered.
    if (state.pending) {
        fill(state.pending.fields, state.pending.comment);
        show('waiting', text('waiting'));
        flush();
    } else if (state.dirty && state.fields) {
        fill(state.fields, state.comment);
        show('local', text('local'));
        draftTimer = window.setTimeout(saveDraft, 800);
    } else {
        updateTotal();
    }
}());
