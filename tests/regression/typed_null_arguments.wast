;; The script runner refused `(ref.null nofunc)` and `(ref.null noextern)` as invocation
;; arguments ("unsupported argument"), so scripts could not pass the bottom types' null to a
;; function taking a typed or abstract reference (a null of the bottom type is a value of every
;; nullable reference type of its hierarchy).
(module
  (type $t (func (param i32) (result i32)))
  (func (export "id") (param (ref null $t)) (result (ref null $t)) (local.get 0))
  (func (export "is_null") (param (ref null $t)) (result i32) (ref.is_null (local.get 0)))
  (func (export "is_null_ext") (param externref) (result i32) (ref.is_null (local.get 0)))
  (func (export "br_on_null") (param (ref null $t)) (result i32)
    (block $null
      (br_on_null $null (local.get 0))
      (drop)
      (return (i32.const 1)))
    (i32.const 0)))
(assert_return (invoke "id" (ref.null nofunc)) (ref.null func))
(assert_return (invoke "is_null" (ref.null nofunc)) (i32.const 1))
(assert_return (invoke "is_null_ext" (ref.null noextern)) (i32.const 1))
(assert_return (invoke "br_on_null" (ref.null nofunc)) (i32.const 0))
