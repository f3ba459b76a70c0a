;;; eglot.el --- imvo-lint with Eglot (Emacs 28 + elpa-eglot 1.9, or Emacs 29+). -*- lexical-binding: t -*-
;; This is the snippet of docs/editors.md, verbatim; eglot-check.el drives it in batch mode.
(require 'eglot)
(defvar imvo-lint-server-command
  (let ((js (getenv "IMVO_LINT_SERVER")))
    (if (and js (string-suffix-p ".js" js)) (list "node" js "--stdio") (list "imvo-lint-server" "--stdio"))))
(add-to-list 'eglot-server-programs
             `(markdown-mode . (,@imvo-lint-server-command :initializationOptions (:locale "nl"))))
(setq-default eglot-workspace-configuration '((:imvoLint . (:debounceMs 300))))
(add-hook 'markdown-mode-hook #'eglot-ensure)
